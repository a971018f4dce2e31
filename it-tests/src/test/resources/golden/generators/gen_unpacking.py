# Unpacking generators into targets, calls, literals; count mismatches raise at the right time.
def upto(n):
    for i in range(n):
        print(f"  yielding {i}")
        yield i


a, b, c = upto(3)
print(a, b, c)
first, *middle, last = upto(5)
print(first, middle, last)
*init, tail = upto(1)
print(init, tail)
try:
    x, y = upto(3)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = upto(2)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, *r = upto(1)
except ValueError as e:
    print("ValueError:", e)

print([*upto(2), *upto(2)])
print((*upto(1),))
print({*upto(3)} == {0, 1, 2})
print(dict.fromkeys(upto(2)))


def show(*args, **kwargs):
    print("  show", args, kwargs)


show(*upto(2), 99, *upto(1))


def pairs():
    yield "k1", 1
    yield "k2", 2


show(**dict(pairs()))
for i, (k, v) in enumerate(pairs()):
    print(i, k, v)
[(m, n)] = [next(pairs())]
print(m, n)
(u, v), (w, t) = pairs()
print(u, v, w, t)
print(max(*upto(3)))
print("-".join(map(str, upto(3))))
print(list(zip(*[upto(2), "ab"])))
print(list(zip(*pairs())))
