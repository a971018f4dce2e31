class A:
    __slots__ = ('s',)
    def f(self): return 1
    @property
    def p(self): return 2
    @classmethod
    def c(cls): return 3
    @staticmethod
    def st(): return 4
objs = {
 'getset': type.__dict__['__doc__'], 'member': A.__dict__['s'], 'function': A.__dict__['f'],
 'property': A.__dict__['p'], 'classmethod': A.__dict__['c'], 'staticmethod': A.__dict__['st'],
 'method_descriptor': list.__dict__['append'], 'wrapper_descriptor': object.__dict__['__init__'],
 'builtin': len,
}
for k, v in objs.items():
    print(k, type(v).__name__, hasattr(v, '__get__'), hasattr(v, '__set__'), hasattr(v, '__delete__'))
print(type.__dict__['__doc__'].__get__(int)[:5])
print(A.__dict__['f'].__get__(A())(), A.__dict__['p'].__get__(A()), A.__dict__['c'].__get__(None, A)(), A.__dict__['st'].__get__(A)())
print(list.__dict__["append"].__get__([1])([2]) is None)
a = A(); A.__dict__['s'].__set__(a, 5); print(A.__dict__['s'].__get__(a, A))
print(dict.__dict__['fromkeys'].__get__(None, dict)([1]))
d = A.__dict__['s']
print(d.__name__, d.__qualname__, d.__objclass__.__name__)
g = type.__dict__['__doc__']
print(g.__name__, g.__objclass__ is type, g.__get__(None, int) is g)
try:
    d.__get__(5)
except TypeError as e:
    print("TypeError:", e)
b = A()
d.__set__(b, 7)
print(b.s)
d.__delete__(b)
try:
    b.s
except AttributeError as e:
    print("AttributeError:", e)
