# An exception raised in a finally block while another is propagating: both are shown, chained.

def banner(text):
    line = "=" * len(text)
    return f"{line}\n{text}\n{line}"


print(banner("reports"))


def write_report(lines):
    out = []
    try:
        for line in lines:
            out.append(line.upper())
        print("report:", out)
    finally:
        print("closing report with", len(out), "lines")
        summary = f"{len(out)} lines, first {out[0]!r}"
        print(summary)


write_report(["alpha", "beta"])
write_report([42, "gamma"])
