# bytes as a sequence: indexing to ints, slicing, iteration, concatenation, repetition, comparison, hash, repr.
b = b"Python\x00\xff"
print(b[0], b[-1], b[1:4], b[::2], b[::-1], b[6], b[-10**30:10**30], b[100:], len(b), b[True])
print(list(b), tuple(b"ab"), [x for x in b"xyz"], sum(b"\x01\x02\x03"), max(b"azb"), sorted(b"cab"))
it = iter(b"hi")
print(type(it).__name__, next(it), next(it), next(it, "end"))
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), b"ab" + memoryview(b"cd"), b"ab" * 3, 2 * b"xy", b"x" * 0, b"x" * -1)
print(b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"\x00", b"a" == b"a", b"a" == bytearray(b"a"), b"a" != "a",
      b"b" >= b"a", b"" < b"\x00", b"a" == memoryview(b"a"))
print(hash(b"") == 0, hash(b"abc") == hash(b"ab" + b"c"), hash(b"abc") == hash("abc"), {b"k": 1}[b"k"], len({b"a", b"a"}))
print(repr(b"\x00\x07\t\n\r\x1f ~\x7f\x80\xff'\"\\"), repr(b"'"), repr(b'"'), repr(b"'\""), str(b"str"))
print(bytes(b"x") is not None, b"abc".__len__(), b"abc".__getitem__(1), b"abc".__contains__(98), b"ab".__getnewargs__())
print(bool(b""), bool(b"\x00"), b"x".__bytes__(), type(bytes.__bytes__(b"q")).__name__)
for call in [lambda: b[10], lambda: b["a"], lambda: b[1.5], lambda: b + "s", lambda: b + 1, lambda: "s" + b,
             lambda: b * 1.5, lambda: b < "a", lambda: b < bytearray(b"a") or "bytes<bytearray ok",
             lambda: b < 1, lambda: b[::0], lambda: b.__add__("x"), lambda: b"x" * b"y"]:
    try:
        print(call())
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
