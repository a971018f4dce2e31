# Line-oriented processing: dedent, comment stripping, indentation levels, line numbering.

SOURCE = """
    def greet(name):
        # say hello
        print("hello", name)   # trailing comment

        if name:
            return True  # yes
        return False
"""


def dedent(text):
    lines = text.split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    margin = min(indents) if indents else 0
    return "\n".join([line[margin:] if line.strip() else "" for line in lines])


def strip_comments(text):
    out = []
    for line in text.splitlines():
        in_string = False
        cut = len(line)
        for i, ch in enumerate(line):
            if ch == '"':
                in_string = not in_string
            elif ch == "#" and not in_string:
                cut = i
                break
        stripped = line[:cut].rstrip()
        if stripped or not line.strip():
            out.append(stripped)
    return "\n".join(out)


code = dedent(SOURCE).strip("\n")
print(code)
print("-" * 30)
clean = strip_comments(code)
for number, line in enumerate(clean.splitlines(), start=1):
    depth = (len(line) - len(line.lstrip(" "))) // 4
    print(f"{number:>3} | {depth} | {line}")
print("-" * 30)
print("blank lines:", sum([1 for line in clean.splitlines() if not line.strip()]))
print("longest line:", max(clean.splitlines(), key=len).strip())
print("keywords:", sorted({w for w in clean.replace("(", " ").replace(":", " ").split() if w in ("def", "if", "return", "print")}))

# Re-indent with tabs and back
tabbed = "\n".join(["\t" * ((len(l) - len(l.lstrip())) // 4) + l.lstrip() for l in clean.splitlines()])
print(repr(tabbed[:40]))
print(tabbed.expandtabs(4) == clean)
