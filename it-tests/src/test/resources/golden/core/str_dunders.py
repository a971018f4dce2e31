# The str type's special methods called directly, and NotImplemented results.

s = "abc"
print(s.__len__(), s.__getitem__(1), s.__getitem__(slice(0, 2)), s.__contains__("b"), s.__contains__("z"))
print(s.__add__("d"), s.__mul__(2), s.__rmul__(3))
try:
    s.__mul__("x")
except TypeError as e:
    print("TypeError:", e)
try:
    s.__add__(1)  # str's concatenation raises instead of returning NotImplemented
except TypeError as e:
    print("TypeError:", e)
print(s.__mod__(()), "%s!".__mod__("hi"), s.__rmod__(5), s.__eq__("abc"), s.__eq__(1), s.__ne__("abd"))
print(s.__lt__("abd"), s.__lt__(5), s.__ge__("abc"), s.__hash__() == hash(s), s.__str__() is s)
print(s.__repr__(), s.__format__("^7"), s.__sizeof__() > 0, s.__iter__().__next__(), s.__class__.__name__)
print(str.__len__("xyz"), str.__add__("x", "y"), str.__getitem__("xyz", -1), str.__mul__("ab", 2))
print(sorted([m for m in dir(str) if not m.startswith("_")]))
print(len([m for m in dir(str) if not m.startswith("_")]))
it = iter(s)
print(list(it), list(it))
try:
    str.__add__(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    "x".__getitem__(5)
except IndexError as e:
    print("IndexError:", e)


class Loud:
    def __radd__(self, other):
        return other.upper() + "!!"

    def __rmul__(self, other):
        return f"{other} times Loud"


print("hey" + Loud(), "abc" * Loud())
