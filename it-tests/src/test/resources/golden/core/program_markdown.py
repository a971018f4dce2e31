# A small Markdown-to-text renderer: headings, emphasis, lists, code blocks, links and line wrapping.

SOURCE = """# Krait Notes

Krait compiles **Python** to the *JVM*. See [the docs](https://example.org/docs) for details.

## Features

- ahead-of-time compilation
- a **fast** runtime with `sub-interpreters`
- golden tests

1. write a program
2. run `krait compile`
3. compare the output

```
def hello():
    return "world"
```

A long paragraph that needs wrapping because it goes on and on about nothing in particular, just to test the wrapping logic of this renderer.
"""


def inline(text):
    out = []
    i = 0
    links = []
    while i < len(text):
        if text.startswith("**", i):
            end = text.index("**", i + 2)
            out.append(text[i + 2:end].upper())
            i = end + 2
        elif text[i] == "*":
            end = text.index("*", i + 1)
            out.append("_" + text[i + 1:end] + "_")
            i = end + 1
        elif text[i] == "`":
            end = text.index("`", i + 1)
            out.append("'" + text[i + 1:end] + "'")
            i = end + 1
        elif text[i] == "[":
            close = text.index("]", i)
            paren = text.index(")", close)
            links.append(text[close + 2:paren])
            out.append(f"{text[i + 1:close]}[{len(links)}]")
            i = paren + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out), links


def wrap(text, width, indent=""):
    lines, current = [], indent
    for word in text.split():
        if len(current) + len(word) + 1 > width and current.strip():
            lines.append(current.rstrip())
            current = indent
        current += word + " "
    if current.strip():
        lines.append(current.rstrip())
    return lines


def render(src, width=50):
    out, all_links = [], []
    in_code = False
    for line in src.splitlines():
        if line.startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            out.append("    | " + line)
            continue
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        text, links = inline(line.lstrip("#-0123456789. ").strip() if line[0] in "#-" or line[0].isdigit() else line)
        all_links += links
        if line.startswith("# "):
            out += [text.upper(), "=" * len(text)]
        elif line.startswith("## "):
            out += [text, "-" * len(text)]
        elif line.startswith("- "):
            out += wrap("* " + text, width, "")
        elif line[0].isdigit():
            out += wrap(line.split(".")[0] + ") " + text, width)
        else:
            out += wrap(text, width)
    if all_links:
        out += ["", "Links:"] + [f"  [{i}] {url}" for i, url in enumerate(all_links, 1)]
    return out


for line in render(SOURCE):
    print(line)
print("widths:", max([len(line) for line in render(SOURCE, 30) if not line.startswith("    |")]))
