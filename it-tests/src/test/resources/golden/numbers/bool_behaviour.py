# bool: a subclass of int with its own repr and logical &, |, ^; bool(x) through __bool__ and
# __len__, with the error for a __bool__ that returns a non-bool.
print(True, False, repr(True), str(False), int(True), True + True, True * 10, -True, True / 2, True // 2, 2 ** True)
print(True & True, True & False, True | False, False ^ True, True ^ True, True & 1, 1 | False, True ^ 2)
print(type(True & False).__name__, type(True & 1).__name__, type(True + 0).__name__, isinstance(True, int))
print(bool(), bool(0), bool(0.0), bool(-0.0), bool(0j), bool(""), bool("x"), bool([]), bool([0]), bool(None),
      bool(1e-300), bool(float("nan")), bool(2**100), bool(()), bool({}))
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Truthy:
    def __bool__(self):
        return True
class BoolOverLen:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
print(bool(Empty()), bool(Full()), bool(Truthy()), bool(BoolOverLen()), bool(object()), not Full(), not Empty())
for f in [lambda: bool(BadBool()), lambda: bool(BadLen()), lambda: bool(1, 2), lambda: bool(x=1)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(True == 1, False == 0, True is bool(1), hash(True), {True: "a", 1: "b"}, sorted([True, False, 0.5]))
print(f"{True}", f"{True:d}", f"{True:5}|", format(False, "b"), True.__index__(), max(False, True), sum([True] * 5))
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
