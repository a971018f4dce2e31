# Augmented assignment on names, attributes, subscripts, slices, globals and nonlocals;
# __iadd__ is used when present, otherwise __add__; the target expression is evaluated once.

counter = 0


def bump():
    global counter
    counter += 1
    return counter


class Acc:
    def __init__(self, items):
        self.items = items

    def __iadd__(self, other):
        print("   __iadd__")
        self.items.append(other)
        return self

    def __repr__(self):
        return f"Acc({self.items})"


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        print("   __add__")
        return Vec(self.x + other)

    def __repr__(self):
        return f"Vec({self.x})"


a = Acc([])
alias = a
a += 1
a += 2
print(a, alias is a)
v = Vec(1)
alias = v
v += 10
print(v, alias, alias is v)

log = []


class Obj:
    pass


def get_obj():
    log.append("get_obj")
    return o


def get_key():
    log.append("get_key")
    return "k"


o = Obj()
o.n = 1
o.d = {"k": 5}
get_obj().n += 10
get_obj().d[get_key()] *= 3
print(o.n, o.d, log)

lst = [1, 2, 3, 4]
lst[1:3] += ["x"]
print(lst)
lst[::2] = [v * 10 if isinstance(v, int) else v for v in lst[::2]]
print(lst)
s = "ab"
s *= 3
s += "!"
print(s)
t = (1,)
t += (2, 3)
print(t)
bump()
bump()
print(counter)


def make_counter():
    total = 0

    def inc(by=1):
        nonlocal total
        total += by
        return total
    return inc


inc = make_counter()
print(inc(), inc(5), inc(-2))
m = {"a": [1]}
m["a"] += [2]
m.setdefault("b", 0)
m["b"] -= 1
print(m)
n = 2
n **= 10; n //= 3; n %= 100; n <<= 2; n >>= 1; n |= 1; n &= 0xFF; n ^= 0b101
print(n)
try:
    undefined_name += 1
except NameError as e:
    print("NameError:", e)
