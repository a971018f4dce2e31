def check(f):
    try:
        r = f()
        print(list(r) if type(r).__name__.endswith("iterator") or type(r).__name__ == "reversed" else r)
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: reversed([1, 2, 3]))
check(lambda: reversed((1, 2, 3)))
check(lambda: reversed("abc"))
check(lambda: reversed(range(5)))
check(lambda: reversed({1: 2, 3: 4}))
check(lambda: reversed({1: 2, 3: 4}.keys()))
check(lambda: reversed({1: 2, 3: 4}.values()))
check(lambda: reversed({1: 2, 3: 4}.items()))
check(lambda: reversed([]))
check(lambda: reversed({1, 2}))
check(lambda: reversed(frozenset()))
check(lambda: reversed(5))
check(lambda: reversed(None))
check(lambda: reversed(iter([1])))
check(lambda: reversed())
check(lambda: reversed([1], [2]))
check(lambda: reversed(seq=[1]))
check(lambda: [type(reversed(x)).__name__ for x in ([], (), "", range(1), {}, {}.items())])

class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        return i * 100
check(lambda: reversed(Seq()))

class Short:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i
check(lambda: reversed(Short()))

class Stop:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i == 1:
            raise StopIteration
        return i
check(lambda: reversed(Stop()))

class Own:
    def __reversed__(self):
        return iter("own")
check(lambda: reversed(Own()))
class NotRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
check(lambda: reversed(NotRev()))
class NoLen:
    def __getitem__(self, i):
        return i
check(lambda: reversed(NoLen()))
class DictSub(dict):
    pass
check(lambda: reversed(DictSub(a=1, b=2)))

lst = [1, 2, 3]
r = reversed(lst)
print(next(r))
lst.append(4)
print(list(r))
r = reversed(lst)
lst.clear()
print(list(r))
r = reversed("xy")
print(iter(r) is r, next(r), next(r), next(r, "done"))
