# Classes outside builtins and __main__ are printed with their module; nested classes with
# their qualified name.
class Outer:
    class Inner(Exception):
        pass


class Foreign(Exception):
    pass


Foreign.__module__ = "shop.errors"
try:
    raise Outer.Inner("nested")
except Exception as e:
    print(type(e).__qualname__, type(e).__module__)
raise Foreign("from another module")
