# two-bound slices (BINARY_SLICE) of lists and strs, with every kind of bound
s = "hello, world"
l = list(range(10))
bounds = [None, 0, 1, 3, -1, -3, -100, 100, 2**70, -2**70, True, False]
for a in bounds:
    print(a, [s[a:b] for b in bounds], [l[a:b] for b in bounds])
print(s[:] is s, s[0:] is s, s[:100] is s, l[:] is l, l[:] == l, type(l[1:2]).__name__)
print(ascii("\ud83dx\ude00"[1:]), len("\ud83d\ude00abc"[0:1]), "aé€😀b"[1:4], len("aé€😀b"[2:4]))


class S(str):
    pass


class L(list):
    pass


class I:
    def __index__(self):
        return 2


print(type(S("abc")[1:]).__name__, S("abc")[:] is S("abc"), type(L([1, 2])[:1]).__name__, s[I():I()], l[I():])
for bad in [lambda: s["a":], lambda: l[:1.5], lambda: (1, 2)[None:"x"]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
t = (1, 2, 3)
print(t[1:], t[:] is t, b"bytes"[1:3], range(10)[2:5], memoryview(b"abc")[1:].tobytes())
