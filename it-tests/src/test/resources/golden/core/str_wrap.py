# Hand-written word wrapping, full justification and centring of paragraphs.

TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump! Supercalifragilisticexpialidocious is long.")


def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        while len(word) > width:
            if current:
                lines.append(" ".join(current))
                current, length = [], 0
            lines.append(word[:width])
            word = word[width:]
        extra = len(word) + (1 if current else 0)
        if length + extra > width:
            lines.append(" ".join(current))
            current, length = [word], len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(" ".join(current))
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum([len(w) for w in words])
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


for width in (20, 32, 50):
    print(f"--- width {width} ---")
    lines = wrap(TEXT, width)
    for line in lines[:-1]:
        print("|" + justify(line, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")

print("--- centred, width 40 ---")
for line in wrap(TEXT, 30):
    print("[" + line.center(40) + "]")

print("--- indented bullet list ---")
items = ["first item that is rather long and needs wrapping", "short", "a third item " * 3]
for item in items:
    lines = wrap(item, 24)
    print("  * " + lines[0])
    for rest in lines[1:]:
        print("    " + rest)
