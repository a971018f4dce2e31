# hasattr/getattr with a default on instances: inline and dict attributes, class attributes,
# properties raising AttributeError or another error, __getattr__ hooks, __slots__, modules.
class A:
    cls = 1
    def __init__(self):
        self.x = 1
    @property
    def bad(self):
        raise AttributeError("from property")
    @property
    def worse(self):
        raise ValueError("not attribute error")
class G(A):
    def __getattr__(self, name):
        if name == "dyn":
            return 42
        raise AttributeError(name)
class S:
    __slots__ = ("a",)
a, g, s = A(), G(), S()
print([hasattr(a, n) for n in ("x", "y", "cls", "bad", "__class__", "__dict__")])
print([hasattr(g, n) for n in ("x", "y", "dyn", "cls")])
print([hasattr(s, n) for n in ("a", "b")])
s.a = 1
print(hasattr(s, "a"), getattr(a, "y", "dflt"), getattr(g, "dyn"), vars(a))
try:
    hasattr(a, "worse")
except ValueError as e:
    print("ValueError", e)
try:
    a.missing
except AttributeError as e:
    print(e, e.name, e.obj is a)
import sys
print(hasattr(sys, "argv"), hasattr(sys, "nope"))
