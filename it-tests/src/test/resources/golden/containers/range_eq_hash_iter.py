print(range(5) == range(5), range(5) == range(0, 5, 1), range(0) == range(3, 3), range(0) == range(5, 1, 2))
print(range(1, 2, 5) == range(1, 3, 7), range(0, 10, 2) == range(0, 11, 2), range(0, 10, 2) == range(0, 10, 3))
print(range(3) == [0, 1, 2], range(3) != range(4), range(3) == (0, 1, 2))
for op in ["<", "<=", ">", ">="]:
    try:
        eval("range(3) " + op + " range(4)")
    except TypeError as e:
        print(e)
for r in [range(0), range(1), range(1, 2), range(5), range(2, 20, 3), range(10, 0, -1), range(4, 5, 100),
          range(-1, -2, -1), range(2**70), range(5, 5)]:
    print(r, hash(r))
print(hash(range(0)) == hash(range(7, 2)), hash(range(3, 4)) == hash(range(3, 100, 1000)))
d = {range(3): "a", range(0, 3, 1): "b"}
print(d)

it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print(list(reversed(range(10, 0, -3))), list(reversed(range(0))), list(reversed(range(2**64, 2**64 + 3))))
print(type(iter(range(3))).__name__, type(iter(range(2**64))).__name__, type(reversed(range(3))).__name__)
print([x * x for x in range(6)], sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(range(9223372036854775805, 9223372036854775809)))
print(list(range(-9223372036854775807, -9223372036854775811, -1)))
r = range(4)
it1 = iter(r)
it2 = iter(r)
print(next(it1), next(it1), next(it2), list(it1), list(it2))
print(range(3).__reduce__(), repr(range(-1, 5, 2)), str(range(4)))
