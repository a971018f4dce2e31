# __missing__ in dict subclasses: default factories, counters, and what does not call it.

class DefaultList(dict):
    def __missing__(self, key):
        value = self[key] = []
        return value


groups = DefaultList()
for word in ("ant", "bee", "cat", "bat", "ape"):
    groups[word[0]].append(word)
print(groups, type(groups).__name__)
print(groups.get("z"), "z" in groups, groups.get("a"))


class Counter(dict):
    def __missing__(self, key):
        return 0

    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


c = Counter()
for ch in "mississippi river":
    c[ch] += 1
print(c["s"], c["z"], "z" in c, c.most_common(3))


class Logged(dict):
    def __missing__(self, key):
        print(f"   __missing__({key!r})")
        return f"<{key}>"


d = Logged(a=1)
print(d["a"], d["b"])
print("get:", d.get("c"))
print("setdefault:", d.setdefault("e", "x"))
print("pop:", d.pop("f", "pop default"))
print("in:", "g" in d)
print("format_map:", "{a} {h}".format_map(d))
try:
    print("{i}".format(**d))
except KeyError as e:
    print("KeyError:", e)


class Broken(dict):
    def __missing__(self, key):
        raise KeyError(f"no such thing: {key}")


try:
    Broken()["x"]
except KeyError as e:
    print("KeyError:", e)


class NotADict:
    def __missing__(self, key):
        return "never"


try:
    NotADict()["x"]
except TypeError as e:
    print("TypeError:", e)
