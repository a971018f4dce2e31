# list.sort around failures and mutation: key functions that raise (list unchanged), the list
# looking empty while sorting, "list modified during sort", and how "<" is looked up.

data = [5, 1, 4, 2, 3]


def bad_key(x):
    if x == 4:
        raise KeyError(x)
    return -x


try:
    data.sort(key=bad_key)
except KeyError as e:
    print("KeyError", e, data)
try:
    data.sort(key=bad_key, reverse=True)
except KeyError as e:
    print("KeyError reverse", e, data)
try:
    sorted(data, key=lambda x, y: x)
except TypeError as e:
    print("TypeError", e)

seen = []


def peeking_key(x):
    seen.append((x, len(data), list(data)))
    return x


data.sort(key=peeking_key)
print(data, seen)


class Meddler:
    """A "<" that does something to the list being sorted."""
    action = None
    target = None

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        act = Meddler.action
        Meddler.action = None
        if act is not None:
            act(Meddler.target)
        return self.v < other.v

    def __repr__(self):
        return "M%d" % self.v


def trial(name, act, n=8, **kw):
    lst = [Meddler((i * 5) % n) for i in range(n)]
    Meddler.action = act
    Meddler.target = lst
    try:
        lst.sort(**kw)
        print(name, "ok", lst)
    except Exception as e:
        print(name, type(e).__name__, e, lst)


trial("append", lambda l: l.append(Meddler(99)))
trial("append reverse", lambda l: l.append(Meddler(99)), reverse=True)
trial("insert", lambda l: l.insert(0, Meddler(98)))
trial("extend", lambda l: l.extend([Meddler(97), Meddler(96)]))
trial("extend empty", lambda l: l.extend([]))
trial("append pop", lambda l: (l.append(1), l.pop()))
trial("clear", lambda l: l.clear())
trial("len", lambda l: print("  len during sort:", len(l), l))
trial("index", lambda l: l[0])
trial("nested sort", lambda l: l.sort())
trial("reverse", lambda l: l.reverse())
trial("iadd", lambda l: l.__iadd__([Meddler(95)]))


def raise_after_append(l):
    l.append(Meddler(94))
    raise RuntimeError("after append")


trial("append then raise", raise_after_append, n=70)

appended = []


def appending_key(x):
    appended.append(x)
    if len(appended) == 2:
        data.append(100)
    return x


data = [3, 1, 2]
try:
    data.sort(key=appending_key)
except ValueError as e:
    print("ValueError", e, data)

# keys all of one class: CPython calls its __lt__ directly first, and again through the full
# comparison when it returns NotImplemented (so the reflected __gt__ gets its turn)
calls = []


class Shy:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append("lt %d %d" % (self.v, other.v))
        return NotImplemented

    def __gt__(self, other):
        calls.append("gt %d %d" % (self.v, other.v))
        return self.v > other.v

    def __repr__(self):
        return "S%d" % self.v


print(sorted([Shy(2), Shy(3), Shy(1)]), calls)
calls.clear()
print(sorted([(Shy(2), 1), (Shy(3), 2), (Shy(2), 0)]), calls)


class SubShy(Shy):
    def __gt__(self, other):
        calls.append("sub gt %d %d" % (self.v, other.v))
        return self.v > other.v


calls.clear()
print(sorted([Shy(2), SubShy(3), Shy(1), SubShy(0)]), calls)


class Truthy:
    def __init__(self, answer):
        self.answer = answer

    def __bool__(self):
        if self.answer is None:
            raise ValueError("no answer")
        return self.answer


class Odd:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 7 or other.v == 7:
            return Truthy(None)
        return Truthy(self.v < other.v) if self.v % 2 else [0] * (self.v < other.v)

    def __repr__(self):
        return "O%d" % self.v


print(sorted([Odd(v) for v in (3, 6, 1, 4, 5, 2)]))
try:
    sorted([Odd(v) for v in (3, 7, 1)])
except ValueError as e:
    print("ValueError", e)


class Eq:
    """Tuple keys compare items with == before <; the log shows both."""

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        calls.append("eq %d %d" % (self.v, other.v))
        return self.v == other.v

    def __lt__(self, other):
        calls.append("lt %d %d" % (self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "E%d" % self.v


calls.clear()
print(sorted([(1, Eq(2)), (1, Eq(1)), (0, Eq(5)), (1, Eq(1))]), calls)
calls.clear()
print(sorted([(Eq(2), 1), (Eq(1), 2), (Eq(2), 0)]), calls)
calls.clear()
print(sorted([(Eq(2), 1), (Eq(1), 2), ()]), calls)
try:
    sorted([(1, 2), (1, "x")])
except TypeError as e:
    print("TypeError", e)
