# Slicing a range gives another range; slicing semantics match list slicing exactly.

r = range(0, 20, 3)
cases = [slice(None), slice(2, 5), slice(None, None, -1), slice(1, None, 2), slice(-3, None), slice(None, -2),
         slice(5, 1, -1), slice(100, 200), slice(-100, 2), slice(None, None, 3), slice(6, 0, -2), slice(3, 3)]
for sl in cases:
    sub = r[sl]
    print(f"{str(sl):<24}{sub!r:<24}{list(sub)!s:<22}{list(sub) == list(r)[sl]}")

big = range(10 ** 12)
print(big[10 ** 11::10 ** 11], len(big[::2]), big[-1], big[-5:], big[::-1][:3])
neg = range(10, -10, -3)
print(list(neg), neg[1:4], list(neg[::-1]), neg[::-2])
print(range(5)[::-1] == range(4, -1, -1), list(range(5)[1:-1]))
try:
    range(5)[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)["a":]
except TypeError as e:
    print("TypeError:", e)
