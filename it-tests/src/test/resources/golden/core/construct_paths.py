class A:
    def __init__(self, x):
        self.x = x
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
class R:
    def __init__(self):
        return 5
class N:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, a):
        self.a = a
print(A(1).x, B(1, 2).y, N(3).a)
try:
    R()
except TypeError as e:
    print(e)
try:
    A()
except TypeError as e:
    print(e)
try:
    A(1, 2, 3)
except TypeError as e:
    print(e)
A.__init__ = lambda self, x: setattr(self, 'x', x * 10)
print(A(2).x)
def init2(self, x): self.x = -x
A.__init__ = init2
print(A(2).x, B(3, 4).x)
class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class M(metaclass=Meta):
    def __init__(self, v): self.v = v
print(M(7).v)
