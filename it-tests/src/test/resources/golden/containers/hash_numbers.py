for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63 - 1, -2**63, 2**64, -(2**64) - 5, 10**40, -10**40,
          True, False]:
    print(v, hash(v))
for v in [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 0.1, 1e-300, 5e-324, 1e300, 1.7976931348623157e308, 2.0**61,
          2.0**64, -2.0**100, float("inf"), float("-inf"), 123456789.123456789, 3.141592653589793]:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(2**61 - 1) == hash(0), hash(0.5) == hash(2**60))
print(hash(None), hash((None, None)), hash(()))
for t in [(1, 2, 3), (0.5, "x" == "x"), ((1, 2), (3, 4)), (2**100,), tuple(range(10)), (frozenset({1, 2}),),
          (range(3),), (None, 0, False), ((),)]:
    print(t, hash(t))
for s in [frozenset(), frozenset({0}), frozenset({1, 2, 3}), frozenset(range(20)), frozenset({(1, 2)}),
          frozenset({frozenset({1})}), frozenset({-1, -2}), frozenset({0.5, 1.5})]:
    print(s, hash(s))
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
for h in [0, -1, -2, 2**61, 2**63 - 1, 2**63, 2**64 + 7, -2**63, -2**63 - 1, True]:
    print(h, hash(H(h)))
class BadHash:
    def __hash__(self):
        return 1.5
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
print(hash(1 + 2j), hash(-1j), hash(3.5 + 0j) == hash(3.5))
