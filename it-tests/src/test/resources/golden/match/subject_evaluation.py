# The subject is evaluated once; cases are tried top to bottom; patterns never call __iter__.
log = []


def subject():
    log.append("subject evaluated")
    return [1, [2, 3]]


match subject():
    case [0, _]:
        log.append("case 1")
    case [1, [2]]:
        log.append("case 2")
    case [1, [2, x]]:
        log.append(f"case 3 with x={x}")
    case _:
        log.append("default")
print(log)


class Tracked(list):
    def __len__(self):
        log.append("len")
        return super().__len__()

    def __getitem__(self, i):
        log.append(f"getitem {i}")
        return super().__getitem__(i)

    def __iter__(self):
        log.append("iter")
        return super().__iter__()


log.clear()
match Tracked([10, 20, 30]):
    case [a]:
        pass
    case [a, b]:
        pass
    case [a, *rest]:
        print("star:", a, rest)
print("operations:", log)

log.clear()
match Tracked([1, 2]):
    case [x, y]:
        print("pair", x, y)
print("operations:", log)


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        log.append(f"Eq({self.v}) == {other!r}")
        return isinstance(other, int) and self.v == other

    __hash__ = None


log.clear()
match Eq(3):
    case 1:
        print("one")
    case 2 | 3:
        print("two or three")
    case None:
        print("None uses identity, no __eq__ call")
    case _:
        print("nothing")
print(log)

log.clear()
match Eq(None):
    case None:
        print("identity test")
    case True:
        print("True uses identity too")
    case _:
        print("no identity match")
print(log)
