# tuple(), list() and set() of every kind of iterable, and list.extend: exact lists and tuples are
# copied directly, but subclasses that override __iter__ are iterated, as in CPython.

class L(list):
    def __iter__(self):
        return iter(["from", "iter"])


class T(tuple):
    def __iter__(self):
        return iter(("t-iter",))


def gen(n):
    for i in range(n):
        yield i * i


def broken():
    yield 1
    raise ValueError("stopped half way")


sources = [[1, 2], (3, 4), "ab", range(3), {"k": 1, "j": 2}, {5}, gen(3), L([1]), T((2,)), iter([7, 8])]
for src in sources:
    print(type(src).__name__, tuple(src) if not hasattr(src, "__next__") else "-", end=" ")
    print(list(src) if not hasattr(src, "__next__") else list(src))

for src in [[3, 1, 3], (2, 2), "abca", L([0])]:
    print(sorted(set(src)))

print(tuple(), list(), set(), dict(), tuple(()) == (), type(tuple([])).__name__)
t = (1, 2)
print(tuple(t) is t, tuple(T((9,))) == ("t-iter",), type(tuple(T((9,)))).__name__)
lst = [1, 2]
copy = list(lst)
print(copy == lst, copy is lst)
copy.append(3)
print(lst, copy)

for bad in (5, None, 2.5):
    for f in (tuple, list, set):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, e)
for f in (tuple, list, set):
    try:
        f([1], [2])
    except TypeError as e:
        print(e)
    try:
        f(broken())
    except ValueError as e:
        print(f.__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(e)
try:
    list(iterable=[1])
except TypeError as e:
    print(e)

a = [0]
a.extend(L([1]))
a.extend(T((2,)))
a.extend(a)
a.extend((4, 5))
print(a)
