# find/rfind/index/rindex/count with start and end, negative and huge bounds, None, and their errors.
s = "abracadabra"
for sub in ["a", "abra", "cad", "z", "", "ra"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 1), s.rfind(sub, 0, 8),
          s.count(sub, 2, -2), s.find(sub, -4), s.count(sub, None, None), s.find(sub, 100), s.rfind(sub, -100, 100))
print(s.index("b"), s.rindex("b"), s.index("a", 1, 5), s.rindex("a", None, -1))
print(s.find("a", 5, 2), s.count("", 5, 2), s.count("", 11), s.count("", 12), "".find(""), "".count(""))
print(s.find("a", 10**30), s.find("a", -10**30), s.count("a", -10**30, 10**30))
u = "x😀y😀z"
print(u.find("😀"), u.rfind("😀"), u.find("y"), u.index("z"), u.count("😀", 2), u.find("😀", 2, 4))

class Idx:
    def __index__(self):
        return 3

print(s.find("a", Idx()), s.count("a", True))
for call in [lambda: s.index("z"), lambda: s.rindex("q"), lambda: s.find(1), lambda: s.count(None),
             lambda: s.find("a", "1"), lambda: s.index("a", 1.5), lambda: s.count(), lambda: s.find("a", 1, 2, 3),
             lambda: s.find(sub="a"), lambda: s.rfind(), lambda: s.index("a", 20), lambda: s.rindex(b"a")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
