# isinstance and issubclass with classes, tuples, nested tuples and X | Y unions.

values = [0, True, 1.5, "s", b"b", None, [1], (1,), {1: 2}, {1}, int, type, len, 2j, range(1)]
checks = [int, bool, float, str, object, type, (int, float), (list, tuple), (str, (bytes, bytearray)), int | None, type(None)]
for v in values:
    row = ["T" if isinstance(v, c) else "." for c in checks]
    print(f"{v!r:<25}{' '.join(row)}")
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(type, object))
print(issubclass(object, type), issubclass(bool, (str, int)), issubclass(int, int | str), issubclass(list, (tuple, (dict, list))))


class A:
    pass


class B(A):
    pass


print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, B), issubclass(B, (B,)))
print(isinstance(A, type), isinstance(B(), (A, B)), isinstance(A(), ()), issubclass(A, ()))
for label, fn in (("isinstance(1, 1)", lambda: isinstance(1, 1)), ("isinstance(1, (int, 1))", lambda: isinstance(1, (int, 1))),
                  ("isinstance(1, [int])", lambda: isinstance(1, [int])), ("issubclass(1, int)", lambda: issubclass(1, int)),
                  ("issubclass(int, 1)", lambda: issubclass(int, 1)), ("issubclass(int, (int, 1))", lambda: issubclass(int, (int, 1))),
                  ("isinstance(1, (str, 1))", lambda: isinstance(1, (str, 1)))):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)
print(type(int | str).__name__, int | str == str | int, (int | str).__args__, int | int)
print(type(True) is bool, type(True) == int, type(1) in (int, float), isinstance(True, int) and not type(True) is int)
