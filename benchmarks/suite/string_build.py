# string_build: building text — += concatenation in loops, join over lists,
# % formatting, str.format, f-strings with format specs, and the common str
# methods (split, replace, upper, strip, find, startswith). The result is
# summarised by lengths, counts and short slices.

ROUNDS = 250
LINES = 2000

NAMES = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]


def concat_loop(n):
    s = ""
    for i in range(n):
        s += NAMES[i % 8]
        s += str(i)
        s += ","
    return s


def join_build(n):
    parts = []
    for i in range(n):
        parts.append(NAMES[(i * 3) % 8].upper())
        parts.append(str(i * i))
    return "-".join(parts)


def percent_format(n):
    lines = []
    for i in range(n):
        lines.append("%-8s|%6d|%8.3f|%x|%s" % (NAMES[i % 8], i, i / 7.0, i * 31, i % 2 == 0))
    return "\n".join(lines)


def format_method(n):
    lines = []
    for i in range(n):
        lines.append("{0:>10}:{1:05d}:{2:.2e}:{name}".format(NAMES[i % 8], i, i * 1.5, name=NAMES[(i + 1) % 8]))
    return "\n".join(lines)


def fstrings(n):
    out = ""
    for i in range(n):
        name = NAMES[i % 8]
        ratio = i / 3.0
        out += f"{name!r:<10}{i:>6}{ratio:10.4f}{i:#06x}{name[:3]}{i * 2}\n"
    return out


def transform(text):
    words = text.split(",")
    upper = [w.upper() for w in words if w]
    joined = " ".join(upper)
    replaced = joined.replace("ALPHA", "a").replace("THETA", "th")
    stripped = [line.strip() for line in replaced.split("A")]
    found = 0
    pos = replaced.find("GAMMA")
    while pos >= 0 and found < 500:
        found += 1
        pos = replaced.find("GAMMA", pos + 1)
    starts = 0
    for w in words:
        if w.startswith("de") or w.endswith("9"):
            starts += 1
    return len(replaced), len(stripped), found, starts


def main():
    summary = []
    for r in range(ROUNDS):
        n = LINES + r
        a = concat_loop(n)
        b = join_build(n)
        c = percent_format(n)
        d = format_method(n)
        e = fstrings(n)
        t = transform(a)
        summary.append((len(a), len(b), len(c), len(d), len(e)) + t)
    print("last:", summary[-1])
    print("totals:", [sum([s[i] for s in summary]) for i in range(9)])
    print("samples:", repr(c[-40:]), repr(d[:60]), repr(e[-60:]))


main()
