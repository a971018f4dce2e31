# Subclassing list and dict: overridden methods are not used by other built-in methods.

class LoudDict(dict):
    def __setitem__(self, key, value):
        print(f"   __setitem__({key!r}, {value!r})")
        super().__setitem__(key, value.upper() if isinstance(value, str) else value)

    def __getitem__(self, key):
        return super().__getitem__(key)


d = LoudDict(a="init")
d["b"] = "via setitem"
d.update(c="via update")
d.setdefault("e", "via setdefault")
print(dict(d), type(d).__name__, isinstance(d, dict))
print(type(d.copy()).__name__, type(d | {}).__name__, d == {"a": "init", "b": "VIA SETITEM", "c": "via update", "e": "via setdefault"})


class History(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []

    def append(self, item):
        self.log.append(f"append {item!r}")
        super().append(item)

    def __setitem__(self, index, value):
        self.log.append(f"set {index!r}")
        super().__setitem__(index, value)


h = History([1, 2])
h.append(3)
h.extend([4])
h += [5]
h[0] = "zero"
h.insert(0, "start")
print(h, h.log, len(h), type(h).__name__)
print(type(h + [1]).__name__, type(h[1:]).__name__, type(h * 2).__name__, type(h.copy()).__name__)


class SortedList(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))

    def add(self, item):
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < item:
                lo = mid + 1
            else:
                hi = mid
        self.insert(lo, item)

    def __repr__(self):
        return f"SortedList({list.__repr__(self)})"


s = SortedList([5, 1, 4])
for x in (3, 0, 9, 4):
    s.add(x)
print(s, s[0], s[-1], 4 in s, s.count(4))


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


cfg = AttrDict(host="localhost")
cfg.port = 8080
print(cfg.host, cfg.port, cfg, hasattr(cfg, "missing"))
