# property: getters, setters with validation, deleters, read-only properties and their error messages.

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        """Temperature in degrees Celsius."""
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("   deleting celsius")
        del self._celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._celsius + 273.15


t = Temperature(25)
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
t.fahrenheit = 212
print(t.celsius, vars(t))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.kelvin = 0
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.kelvin
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__, Temperature.kelvin.fset)


class Legacy:
    def get_x(self):
        return self._x * 10

    def set_x(self, v):
        self._x = v

    x = property(get_x, set_x, None, "old-style property")


obj = Legacy()
obj.x = 4
print(obj.x, Legacy.x.__doc__, Legacy.x.fget.__name__)


class Lazy:
    def __init__(self):
        self.computations = 0

    @property
    def value(self):
        if "_value" not in self.__dict__:
            self.computations += 1
            self._value = sum(range(1000))
        return self._value


lz = Lazy()
print(lz.value, lz.value, lz.computations)


class Child(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return round(self._celsius)


c = Child(21.7)
print(c.celsius, c.fahrenheit)
