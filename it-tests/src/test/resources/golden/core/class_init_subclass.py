# __init_subclass__: a hook on the parent that runs for every new subclass, with class keywords.

class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise ValueError(f"duplicate plugin name {key!r}")
        cls.plugin_name = key
        cls.priority = priority
        Plugin.registry[key] = cls
        print(f"   registered {cls.__name__} as {key!r} (priority {priority})")


class CsvExport(Plugin, name="csv", priority=5):
    pass


class JsonExport(Plugin, priority=10):
    pass


class PrettyJson(JsonExport, name="pretty"):
    pass


print(sorted(Plugin.registry), PrettyJson.priority, JsonExport.plugin_name)
print([c.__name__ for c in sorted(Plugin.registry.values(), key=lambda c: -c.priority)])
try:
    class Again(Plugin, name="csv"):
        pass
except ValueError as e:
    print("ValueError:", e)
try:
    class Unknown(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Validated:
    required = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "required" in cls.__dict__:
            return  # an abstract layer that declares requirements
        missing = [name for name in cls.required if not hasattr(cls, name)]
        if missing:
            raise TypeError(f"{cls.__name__} must define {', '.join(missing)}")


class Shape(Validated):
    required = ("area", "sides")


class Square(Shape):
    sides = 4

    def area(self):
        return 1


print(Square.sides, Square().area())
try:
    class Blob(Shape):
        sides = 0
except TypeError as e:
    print("TypeError:", e)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
