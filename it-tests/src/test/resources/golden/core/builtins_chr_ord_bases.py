# chr, ord, hex, oct, bin and their inverses, including negative numbers and __index__.

for cp in (0, 9, 65, 97, 127, 128, 233, 0x3b1, 0x20ac, 0xffff, 0x1f600, 0x10ffff):
    ch = chr(cp)
    print(cp, repr(ch), ord(ch) == cp, hex(cp), oct(cp), bin(cp)[:24])
print(ord("A"), ord("é"), ord("€"), ord("😀"), ord(b"A"), ord(bytearray(b"z")))
for n in (0, 1, -1, 255, -255, 2 ** 40, -(2 ** 40)):
    print(n, hex(n), oct(n), bin(n), int(hex(n), 16) == n, int(oct(n), 8) == n, int(bin(n), 2) == n)


class Idx:
    def __index__(self):
        return 42


print(hex(Idx()), oct(Idx()), bin(Idx()), chr(Idx()))
for label, fn in (("chr(0x110000)", lambda: chr(0x110000)), ("chr(-1)", lambda: chr(-1)), ("chr(65.0)", lambda: chr(65.0)),
                  ("ord('')", lambda: ord("")), ("ord('ab')", lambda: ord("ab")), ("ord(65)", lambda: ord(65)),
                  ("hex(1.0)", lambda: hex(1.0)), ("bin('0b1')", lambda: bin("0b1")), ("oct(None)", lambda: oct(None)),
                  ("ord(b'')", lambda: ord(b""))):
    try:
        print(label, "->", fn())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)
alphabet = "".join([chr(c) for c in range(ord("a"), ord("z") + 1)])
print(alphabet, alphabet.upper() == "".join(map(chr, range(65, 91))))
print([format(ord(c), "08b") for c in "Hi!"], "".join([chr(int(b, 2)) for b in ["01001000", "01101001"]]))
print(sum(map(ord, "checksum")) % 256, hex(sum(map(ord, "checksum"))))
