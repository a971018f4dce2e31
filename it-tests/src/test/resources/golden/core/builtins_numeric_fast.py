# divmod and abs of ints, bools, floats and huge ints at the edges of the long range; ASCII and
# special-cased str.upper/lower; sorted() of short lists of every kind (one run, no merges).
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**63 - 1, -1), (-(2**63), -1), (-(2**63), 1), (10**30, 7), (True, 2), (5, True)]:
    print(divmod(a, b), divmod(float(a), b) if b else None)
for bad in [(1, 0), (1.5, 0), ("a", 1)]:
    try:
        divmod(*bad)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
print([abs(x) for x in (0, -0, 5, -5, -(2**63), 2**70, -(2**70), True, False, -0.0, -2.5, float("-inf"))])
print(type(abs(True)).__name__, abs(-3) is not None)
try:
    abs("x")
except TypeError as e:
    print(e)
print("Hello World 123".upper(), "Hello World 123".lower(), "".upper(), "ß".upper(), "ǅ".lower())
print(sorted([5, 3, 9, 1]), sorted([3, 1, 2], reverse=True), sorted(["b", "a", "c"]), sorted([2.5, 1.5]), sorted([]), sorted([1]))
print(sorted(range(63, 0, -1))[:5], sorted(list(range(64)) + [0])[:3], sorted([(2, "b"), (1, "a"), (2, "a")]))
