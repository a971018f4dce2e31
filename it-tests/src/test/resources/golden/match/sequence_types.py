# Which subjects sequence patterns accept: list, tuple, range, memoryview and their subclasses,
# but never str, bytes, bytearray, dicts, sets, iterators or arbitrary objects with __getitem__.
def as_seq(x):
    match x:
        case [*items]:
            return f"sequence of {len(items)}: {items!r}"
        case _:
            return "not a sequence"


class L(list):
    pass


class T(tuple):
    pass


class S(str):
    pass


class GetItem:
    def __getitem__(self, i):
        return i


class WithLen(GetItem):
    def __len__(self):
        return 1


subjects = [[1, 2], (3,), range(2, 5), memoryview(b"ab"), L([9]), T((8, 7)), "str", S("sub"), b"by",
            bytearray(b"ba"), {"a": 1}, {1}, frozenset({2}), {"k": 1}.keys(), iter([1]), (i for i in ()),
            GetItem(), WithLen(), None, 12]
for s in subjects:
    print(f"{type(s).__name__:16} {as_seq(s)}")


def fixed(x):
    match x:
        case (a, b, c):
            return a + b + c
        case [a]:
            return a
        case ():
            return "empty"
    return "other"


print(fixed(range(3)), fixed([5]), fixed(()), fixed([]), fixed("abc"), fixed(range(10, 11)))


def nested_strings(x):
    match x:
        case [str() as first, *rest] if all(isinstance(r, str) for r in rest):
            return "".join([first, *rest]).upper()
        case [[*inner]]:
            return f"one nested sequence of {len(inner)}"
    return "no"


print(nested_strings(["a", "b"]), nested_strings([["x", "y"]]), nested_strings(["ab"]), nested_strings("ab"))
