# open() for text: write, append, read, readline(s), iteration, encodings and newline handling.

NAME = "builtins_open_text.tmp"
with open(NAME, "w", encoding="utf-8") as f:
    print(f.write("first line\n"), f.write("second: é ✓ 😀\n"), f.writable(), f.readable(), f.closed)
    f.writelines(["third\n", "fourth"])
print(f.closed)
with open(NAME, "a", encoding="utf-8") as f:
    f.write(" (appended)\n")
    print("appended", file=f)
with open(NAME, encoding="utf-8") as f:
    content = f.read()
print(repr(content))
with open(NAME, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open(NAME, encoding="utf-8") as f:
    for number, line in enumerate(f, 1):
        print(number, line.rstrip("\n"))
with open(NAME, encoding="utf-8") as f:
    print([len(line) for line in f], f.name == NAME, f.mode, f.encoding)
with open(NAME, "w", encoding="utf-8", newline="") as f:
    f.write("a\r\nb\rc\n")
with open(NAME, encoding="utf-8") as f:
    print(repr(f.read()))
with open(NAME, encoding="utf-8", newline="") as f:
    print(repr(f.read()))
with open(NAME, "w", encoding="latin-1") as f:
    f.write("café")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, encoding="latin-1") as f:
    print(f.read())
with open(NAME, "r+", encoding="latin-1") as f:
    f.seek(0)
    f.write("CA")
    f.seek(0)
    print(repr(f.read()))
with open(NAME, "w") as f:
    pass
with open(NAME) as f:
    print(repr(f.read()), f.read() == "")
try:
    with open(NAME, "x") as f:
        pass
except FileExistsError as e:
    print("FileExistsError:", e)
