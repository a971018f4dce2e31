# int(x) tries __int__, then __index__, then text; float() tries __float__, then __index__;
# each with its exact error when the hook returns the wrong type. (int() falling back to
# __trunc__ warns with a DeprecationWarning in 3.12, so it is not exercised here.)
class HasInt:
    def __int__(self):
        return 42
class HasIndex:
    def __index__(self):
        return 7
class BadInt:
    def __int__(self):
        return "no"
class BadIndex:
    def __index__(self):
        return 1.5
class HasFloat:
    def __float__(self):
        return 2.5
class BadFloat:
    def __float__(self):
        return 3
class IntSub(int):
    pass
class StrSub(str):
    pass
print(int(HasInt()), int(HasIndex()), int(StrSub("12")), int(IntSub(-3)), type(int(IntSub(-3))).__name__)
print(float(HasFloat()), float(HasIndex()), float(IntSub(5)), type(int(IntSub(5))).__name__)
print(hex(HasIndex()), bin(HasIndex()), oct(HasIndex()), [1, 2, 3, 4, 5, 6, 7, 8][HasIndex()])
for f in [lambda: int(BadInt()), lambda: int(BadIndex()), lambda: float(BadFloat()),
          lambda: float(BadIndex()), lambda: int(object()), lambda: float(object()), lambda: hex(2.5),
          lambda: int(None), lambda: float([1])]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(int.__index__(5), int.__int__(True), type(True.__index__()).__name__, (3).__trunc__(), (3).__floor__(),
      (3).__ceil__(), (3).__round__())
import math
class IntWithFloat(int):
    def __float__(self):
        return 0.25
class FloatWithFloat(float):
    def __float__(self):
        return 9.0
class FloatWithInt(float):
    def __int__(self):
        return -1
# float() honours a subclass's __float__; math functions read a float subclass's value directly
print(float(IntWithFloat(3)), math.sqrt(IntWithFloat(3)), float(FloatWithFloat(4.0)), math.sqrt(FloatWithFloat(4.0)))
print(int(FloatWithInt(7.5)), IntWithFloat(3) + 0.5, FloatWithFloat(4.0) + 1, complex(IntWithFloat(2)))
