a = list[int]
print(a, a.__origin__, a.__args__, a.__parameters__, a.__name__, a.__qualname__, type(a))
print(list[()], dict[str, list[int]], tuple[int, ...], set[frozenset[int]], enumerate[str], list[None], list[...])
print(dict[int, "x"], tuple[()], list[[int, str]], frozenset[tuple[int, int]])
print(list[int] == list[int], list[int] == list[str], list[int] != list, hash(dict[str, int]) == hash(dict[str, int]))
print(list[int]("abc"), dict[str, int](a=1), tuple[int, ...]([1, 2]), set[int]([3]))
for f in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: list[int][str]]:
    try:
        f()
    except TypeError as e:
        print(e)
class Box(list[int]):
    pass
print(Box.__bases__, Box([1, 2]), Box.__mro__)
class MyList(list):
    pass
print(MyList[int], type(MyList[int]).__name__)
for t in [zip, map, filter, reversed, range]:
    try:
        t[int]
    except TypeError as e:
        print(e)
