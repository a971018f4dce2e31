

w = [1, 2, 3, 4]
s = 0
for i in range(1000):
    t = tuple(w)
    l = list(t)
    s += len(t) + len(l)
print(s)
class A:
    pass
try:
    A(1)
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
class B(int):
    pass
print(B(5), int("7"), str(3), list(), dict(a=1), tuple(), set([1]), frozenset(), float("1.5"), bytes(2))
class C(list):
    def __init__(self, *a):
        print("C init", a)
        super().__init__(*a)
print(C([1, 2]))
class D:
    def __new__(cls, *a):
        print("D new", a)
        return super().__new__(cls)
D(1, 2)
