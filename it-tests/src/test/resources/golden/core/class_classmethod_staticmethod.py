# classmethod alternate constructors receive the actual subclass; staticmethods receive nothing.

class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        y, m, d = [int(p) for p in text.split("-")]
        return cls(y, m, d)

    @classmethod
    def today_ish(cls):
        return cls(2024, 1, 1)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"


class EuroDate(Date):
    def __str__(self):
        return f"{self.day:02}/{self.month:02}/{self.year}"


print(Date.from_string("2024-02-29"), EuroDate.from_string("1999-12-31"), str(EuroDate.today_ish()))
print(Date.is_leap(2000), Date.is_leap(1900), EuroDate.is_leap(2024), Date(1, 1, 1).is_leap(3))
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__ is Date.is_leap)
print(type(Date.from_string).__name__, Date.from_string.__self__ is Date, EuroDate.from_string.__self__ is EuroDate)
print(type(Date.is_leap).__name__, Date(2000, 1, 1).from_string.__self__ is Date)


class Registry:
    items = []

    @classmethod
    def register(cls, item):
        cls.items = cls.items + [item]
        return cls

    @classmethod
    def count(cls):
        return len(cls.items)


class SubRegistry(Registry):
    pass


Registry.register("a")
SubRegistry.register("b").register("c")
print(Registry.items, SubRegistry.items, Registry.count(), SubRegistry.count())


def plain(x):
    return x * 2


wrapped = staticmethod(plain)
print(wrapped(4), callable(wrapped), wrapped.__wrapped__ is plain, classmethod(plain).__wrapped__ is plain)


class UsesBoth:
    factor = 3

    @classmethod
    def scaled(cls, v):
        return cls.helper(v) * cls.factor

    @staticmethod
    def helper(v):
        return v + 1


print(UsesBoth.scaled(1), UsesBoth().scaled(2))
