# open() in binary modes: bytes in and out, read(n), seek/tell, and a simple fixed-size record file.

NAME = "builtins_open_binary.tmp"
records = [(1, b"alpha"), (2, b"beta"), (300, b"gamma-ray")]
with open(NAME, "wb") as f:
    for rid, name in records:
        written = f.write(rid.to_bytes(2, "big") + name.ljust(10, b"\x00"))
        print("wrote", written, "bytes; position", f.tell())
with open(NAME, "rb") as f:
    data = f.read()
print(len(data), data[:12])
with open(NAME, "rb") as f:
    while True:
        chunk = f.read(12)
        if not chunk:
            break
        rid = int.from_bytes(chunk[:2], "big")
        print(rid, chunk[2:].rstrip(b"\x00"), len(chunk))
with open(NAME, "rb") as f:
    f.seek(12 * 2)
    print(f.tell(), f.read(2), f.read(3))
    f.seek(-4, 2)
    print(f.tell(), f.read())
    f.seek(0)
    print(f.read(1), f.tell(), f.seekable())
with open(NAME, "r+b") as f:
    f.seek(2)
    f.write(b"ALPHA")
    f.seek(0)
    print(f.read(12))
with open(NAME, "ab") as f:
    f.write(bytes(range(5)))
with open(NAME, "rb") as f:
    content = f.read()
print(len(content), content[-5:], list(content[-5:]))
with open(NAME, "wb") as f:
    f.write(bytearray(b"from bytearray"))
    f.write(memoryview(b" and memoryview"))
with open(NAME, "rb") as f:
    print(f.read(), f.read(), f.mode)
with open(NAME, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)
