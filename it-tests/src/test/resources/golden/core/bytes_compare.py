# Comparing bytes and bytearray, using bytes as keys, and bytearray's unhashability.

values = [b"b", b"a", b"", b"ab", bytearray(b"aa"), b"\xff", b"A", bytearray(b"")]
print(sorted(values))
print(max(values), min(values))
print(b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", b"abc" != b"abd", b"abc" == "abc")
print(b"a" < b"b" < bytearray(b"c"), b"abc" <= b"abc", bytearray(b"z") > b"yyyy")
try:
    b"a" < "b"
except TypeError as e:
    print("TypeError:", e)
d = {b"key": 1, b"other": 2}
print(d[b"key"], d.get(bytes(bytearray(b"other"))), b"key" in d)
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
print(hash(b"abc") == hash(bytes(bytearray(b"abc"))), len({b"x", b"x", bytes([120])}))
print(b"abc" in [bytearray(b"abc")], b"q" in [b"q"], bytearray(b"q") in [b"q"])
print(b"ab" * 2 == b"abab", bytearray(b"x") * 3, [b"a"] * 2)
print(bool(b""), bool(b"\x00"), bool(bytearray()), len(b"\x00\x00"))
