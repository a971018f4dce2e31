# bytes searching: find/rfind/index/rindex/count/in with bytes-like and int arguments, bounds, errors.
b = b"abracadabra"
for sub in [b"a", b"abra", b"cad", b"z", b"", 97, bytearray(b"ra"), memoryview(b"br")]:
    print(repr(sub) if not isinstance(sub, memoryview) else "mv", b.find(sub), b.rfind(sub), b.count(sub),
          b.find(sub, 2), b.rfind(sub, 0, 8), b.count(sub, 2, -2), sub in b)
print(b.index(b"c"), b.rindex(98), b.index(b"a", 1, 5), b.count(b"a", None, None), b.find(b"a", 10**30))
print(b"x" in b"xyz", 120 in b"xyz", 0 in b"a\x00", bytearray(b"y") in b"xyz", 255 in bytes([255]))
print(b.startswith(b"abr"), b.endswith((b"x", b"bra")), b.startswith(bytearray(b"a"), 7), b.endswith(b"", 11))
print(b.startswith((b"q", b"ab")), b.startswith(()), b"".startswith(b""), b.endswith(memoryview(b"ra")))
ba = bytearray(b)
print(ba.find(b"cad"), ba.count(97), ba.index(98), 99 in ba, ba.startswith(b"abra"), ba.rfind(bytearray(b"a")))
for call in [lambda: b.find("a"), lambda: b.count(1.5), lambda: b.find(300), lambda: b.index(b"q"),
             lambda: b.rindex(b"q"), lambda: "a" in b, lambda: 300 in b, lambda: -1 in b, lambda: b.startswith("a"),
             lambda: b.startswith((b"x", 1)), lambda: b.endswith([b"a"]), lambda: b.count(), lambda: b.find(b"a", "1"),
             lambda: ba.index(b"zz"), lambda: b.startswith(98), lambda: None in b, lambda: b.find(b"a", 1, 2, 3)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
