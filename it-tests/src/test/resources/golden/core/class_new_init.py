# __new__ creates, __init__ initialises; __init__ is skipped when __new__ returns a foreign object.

class Traced:
    def __new__(cls, *args):
        print(f"   __new__({cls.__name__}, {args})")
        instance = super().__new__(cls)
        return instance

    def __init__(self, *args):
        print(f"   __init__{args}")
        self.args = args


t = Traced(1, 2)
print(t.args)


class Cached:
    _cache = {}

    def __new__(cls, key):
        if key in cls._cache:
            print(f"   reuse {key}")
            return cls._cache[key]
        obj = super().__new__(cls)
        cls._cache[key] = obj
        return obj

    def __init__(self, key):
        print(f"   init {key}")
        self.key = key


a = Cached("x")
b = Cached("x")
print(a is b, "(note: __init__ ran twice)")


class Factory:
    def __new__(cls, kind):
        if kind == "list":
            return []
        if kind == "int":
            return 42
        return super().__new__(cls)

    def __init__(self, kind):
        print(f"   Factory.__init__({kind})")
        self.kind = kind


print(Factory("list"), Factory("int"), Factory("self").kind)


class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, round(value, 1))

    def __repr__(self):
        return f"{float(self)}°C"


print(Celsius(21.456), Celsius(0) + 1, type(Celsius(3) * 2).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    def __init__(self, x, y):
        print(f"   Point.__init__ sees self={tuple(self)}")


p = Point(1, 2)
print(p, p[0] + p[1])


class NoArgs:
    pass


try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)


class OnlyNew:
    def __new__(cls, value):
        obj = super().__new__(cls)
        obj.value = value
        return obj


print(OnlyNew(5).value)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
