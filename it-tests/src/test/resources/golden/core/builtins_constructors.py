# Zero- and one-argument forms of the built-in type constructors.

print(repr(int()), repr(float()), repr(complex()), repr(str()), repr(bytes()), repr(bytearray()), repr(bool()))
print(list(), tuple(), dict(), set(), frozenset(), repr(memoryview(b"").tobytes()))
print(int("7"), float("7"), complex("7"), str(7), bytes(2), bytearray(b"7"), bool(7))
print(list("ab"), tuple("ab"), dict([("a", 1)]), set("aab") == {"a", "b"}, frozenset("a"), range(3), slice(3))
print(list(range(3)), tuple(range(3)), dict.fromkeys(range(2)), sorted(set(range(3))), bool([]), bool([0]))
print(int(3.9), int("-0x1f", 16), float(" 2.5 "), complex(1, 2), str(b"x", "ascii"), bytes("é", "utf-8"), bool(""))
print(range(1, 10, 3), slice(1, 10, 3), list(range(1, 10, 3)), "abcdefghij"[slice(1, 10, 3)])
m = memoryview(bytearray(b"abc"))
print(m.tolist(), bytes(m), len(m), m.readonly)
print(type(int()).__name__, type(complex(1)).__name__, type(bool(1)).__name__, type(range(0)).__name__)
for cls, arg in ((list, 5), (tuple, None), (dict, [1]), (set, 3.5), (frozenset, [[1]]), (range, "3"), (bool, 1, ),
                 (memoryview, "str"), (slice, None)):
    try:
        print(cls.__name__, "->", cls(arg))
    except (TypeError, ValueError) as e:
        print(cls.__name__, "->", type(e).__name__ + ":", e)
for cls in (int, float, str, list, dict, tuple, set):
    print(cls.__name__, cls() == cls(), cls() is cls() if cls in (tuple, str) else "fresh object each time")
