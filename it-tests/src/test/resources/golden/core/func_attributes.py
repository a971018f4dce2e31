# Function attributes: names, docs, defaults, annotations, code object basics, custom attributes.

def outer(a, b: int = 2, *args, c: "kw" = 3, **kwargs) -> str:
    """Outer docstring.

    More text."""
    x = a + b

    def inner(y):
        return x + y
    return inner


print(outer.__name__, outer.__qualname__, outer.__module__, repr(outer.__doc__))
print(outer.__defaults__, outer.__kwdefaults__, outer.__annotations__)
code = outer.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount, code.co_varnames)
print(code.co_nlocals, code.co_cellvars, code.co_freevars, code.co_filename.endswith("func_attributes.py"))
inner = outer(1)
print(inner.__name__, inner.__qualname__, inner.__code__.co_freevars, inner.__closure__[0].cell_contents, inner(5))
print(inner.__doc__, inner.__defaults__, inner.__kwdefaults__, inner.__annotations__)


class K:
    def method(self):
        "method doc"

    @staticmethod
    def smethod():
        pass

    class Nested:
        def deep(self):
            pass


print(K.method.__qualname__, K.smethod.__qualname__, K.Nested.deep.__qualname__, K.Nested.__qualname__)
print(K.method.__doc__, K().method.__func__ is K.method, K().method.__self__.__class__.__name__)
outer.custom = "attached"
outer.counter = 0
outer.counter += 1
print(outer.custom, outer.counter, sorted(outer.__dict__))
outer.__name__ = "renamed"
outer.__qualname__ = "Renamed.outer"
outer.__doc__ = None
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__code__.co_name)
try:
    outer.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del outer.__name__
except TypeError as e:
    print("TypeError:", e)
lam = lambda q, *, r=1: q
print(lam.__name__, lam.__code__.co_argcount, lam.__kwdefaults__, lam.__annotations__)
print(callable(outer), type(outer).__name__, type(len).__name__, len.__name__, len.__qualname__)
print(hasattr(outer, "__wrapped__"), getattr(outer, "missing", "default"))


def annotated(x: "first", y: list[int] = None) -> None:
    pass


print(annotated.__annotations__)
