def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

for r in [range(5), range(2, 5), range(2, 20, 3), range(10, 0, -2), range(0), range(5, 2), range(-3, 3, -1),
          range(True, 4), range(-10, -1, 4)]:
    print(r, len(r), list(r), bool(r), r.start, r.stop, r.step)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(range(Idx(3)), range(Idx(1), Idx(7), Idx(2)), list(range(Idx(2))))

check(lambda: range())
check(lambda: range(1, 2, 3, 4))
check(lambda: range(stop=3))
check(lambda: range(1.0))
check(lambda: range(1, 2.5))
check(lambda: range("3"))
check(lambda: range(1, 5, 0))
check(lambda: range(0, 10, Idx(0)))
check(lambda: len(range(2**64)))
check(lambda: len(range(2**63 - 1)))
check(lambda: len(range(-2**63, 2**63 - 1)))
check(lambda: range(2**100, 2**100 + 10, 3))
check(lambda: len(range(2**100, 2**100 + 10, 3)))
check(lambda: list(range(2**100, 2**100 + 10, 3)))
check(lambda: list(range(5, -5, -3)))
check(lambda: range(0, 10).__len__())
check(lambda: range.__name__)
check(lambda: type(range(3)))
check(lambda: isinstance(range(3), range))

try:
    class R(range):
        pass
except TypeError as e:
    print(e)
r = range(3)
try:
    r.start = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del r.step
except AttributeError as e:
    print("AttributeError", e)
print(r)
