# method_calls: calls through a deep class hierarchy — inherited methods found
# several levels up, overriding methods that chain with super(), bound
# methods stored and called later, properties with getters and setters,
# classmethods and staticmethods, and polymorphic calls over mixed objects.

LOOPS = 1180000


class Base:
    def __init__(self, value):
        self._value = value

    def get(self):
        return self._value

    def step(self, n):
        return n + 1

    def describe(self):
        return 1

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = v

    @staticmethod
    def clamp(v):
        if v > 1000000:
            return v % 1000000
        return v

    @classmethod
    def depth(cls):
        return 0


class Level1(Base):
    def step(self, n):
        return super().step(n) * 2

    def describe(self):
        return super().describe() + 10

    @classmethod
    def depth(cls):
        return 1


class Level2(Level1):
    def scale(self, k):
        return self._value * k


class Level3(Level2):
    def step(self, n):
        return super().step(n) + 3

    def describe(self):
        return super().describe() + 100


class Level4(Level3):
    @classmethod
    def depth(cls):
        return 4


class Level5(Level4):
    def step(self, n):
        return Level4.step(self, n) - 1

    @property
    def doubled(self):
        return self.value * 2


class Side(Base):
    def step(self, n):
        return n - 1

    def describe(self):
        return 7


def direct_calls(obj, loops):
    total = 0
    for i in range(loops):
        total += obj.step(i)
        total += obj.get()
        total += obj.describe()
        total = obj.clamp(total)
    return total


def bound_calls(obj, loops):
    step = obj.step
    get = obj.get
    describe = obj.describe
    total = 0
    for i in range(loops):
        total += step(i) + get() + describe()
        total = Base.clamp(total)
    return total


def property_calls(obj, loops):
    total = 0
    for i in range(loops):
        obj.value = i % 100
        total += obj.value + obj.doubled + obj.scale(3)
    return total


def polymorphic(objects, loops):
    total = 0
    for i in range(loops):
        obj = objects[i % len(objects)]
        total += obj.step(i) + obj.describe() + obj.depth()
        total = obj.clamp(total)
    return total


def main():
    deep = Level5(5)
    results = [
        direct_calls(deep, LOOPS),
        bound_calls(deep, LOOPS),
        property_calls(deep, LOOPS),
        polymorphic([Base(1), Level1(2), Level2(3), Level3(4), Level4(5), Level5(6), Side(7)], LOOPS),
        direct_calls(Side(3), LOOPS),
    ]
    print("results:", results)
    print("depths:", Level5.depth(), Level3.depth(), Side.depth(), deep.describe(), deep.step(10))


main()
