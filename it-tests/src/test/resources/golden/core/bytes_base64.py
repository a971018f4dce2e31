# Base64 and a simple checksum implemented by hand over bytes.

ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        for j in range(4):
            out.append(ALPHABET[(n >> (18 - 6 * j)) & 0x3F])
        if len(chunk) < 3:
            out[-(3 - len(chunk)):] = b"=" * (3 - len(chunk))
    return bytes(out)


def b64decode(text):
    text = text.rstrip(b"=")
    bits = 0
    nbits = 0
    out = bytearray()
    for ch in text:
        bits = (bits << 6) | ALPHABET.index(ch)
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    return bytes(out)


def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


for sample in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld".encode(), bytes(range(10))):
    enc = b64encode(sample)
    print(sample, enc, b64decode(enc) == sample, hex(adler32(sample)))

try:
    b64decode(b"ab!d")
except ValueError as e:
    print("ValueError:", e)

# XOR "encryption" with a repeating key
key = b"key"
plain = b"attack at dawn"
cipher = bytes([p ^ key[i % len(key)] for i, p in enumerate(plain)])
print(cipher.hex(), bytes([c ^ key[i % len(key)] for i, c in enumerate(cipher)]))
