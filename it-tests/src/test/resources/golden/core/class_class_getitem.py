# __class_getitem__ makes Class[...] work; it is an implicit classmethod.

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"


print(Box[int], Box["x"], Box[1, 2])


class Typed(list):
    _cache = {}

    def __class_getitem__(cls, item_type):
        if item_type not in cls._cache:
            def append(self, value):
                if not isinstance(value, item_type):
                    raise TypeError(f"expected {item_type.__name__}, got {type(value).__name__}")
                list.append(self, value)
            cls._cache[item_type] = type(f"Typed[{item_type.__name__}]", (cls,), {"append": append})
        return cls._cache[item_type]


IntList = Typed[int]
nums = IntList()
nums.append(3)
nums.append(4)
print(nums, type(nums).__name__, Typed[int] is IntList, isinstance(nums, Typed), isinstance(nums, list))
try:
    nums.append("five")
except TypeError as e:
    print("TypeError:", e)


class Sub(Box):
    pass


print(Sub[str], type(Box.__dict__["__class_getitem__"]).__name__)
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int] == list[int])
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    object[int]
except TypeError as e:
    print("TypeError:", e)
