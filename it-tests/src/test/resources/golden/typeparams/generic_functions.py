# PEP 695 generic functions: __type_params__, the TypeVar objects, annotations, ordinary calls.
def identity[T](x: T) -> T:
    return x


def first[T](items: list[T]) -> T:
    return items[0]


def pair[K, V](key: K, value: V) -> tuple[K, V]:
    return key, value


print(identity(5), identity("s"), first([3, 2, 1]), pair("k", 1))
print(identity.__type_params__, pair.__type_params__, first.__type_params__)
T = identity.__type_params__[0]
print(repr(T), T.__name__, type(T).__name__, T.__module__)
print(identity.__annotations__)
print(first.__annotations__)
print(pair.__annotations__["return"], pair.__annotations__["key"] is pair.__type_params__[0])
print("each function has its own T:", identity.__type_params__[0] is first.__type_params__[0])
print("same function, same objects:", identity.__type_params__[0] is identity.__type_params__[0])


def plain(x):
    return x


print("non-generic:", plain.__type_params__, type(plain.__type_params__).__name__)
plain.__type_params__ = (T,)
print("assigned:", plain.__type_params__)
try:
    plain.__type_params__ = [T]
except TypeError as e:
    print("TypeError:", e)
try:
    del plain.__type_params__
except TypeError as e:
    print("TypeError:", e)

lam = lambda x: x
print("lambda:", lam.__type_params__)


def with_defaults[T](x: T, y: T = None, *args: T, key: str = "k", **kw: T) -> list[T]:
    return [x, y, args, key, kw]


print(with_defaults(1), with_defaults(1, 2, 3, key="z", extra=4))
print(with_defaults.__defaults__, with_defaults.__kwdefaults__, with_defaults.__code__.co_varnames)
print(with_defaults.__name__, with_defaults.__qualname__)


def outer():
    def inner[U](u: U) -> U:
        return u
    return inner


inner = outer()
print(inner.__qualname__, inner.__type_params__, inner(9))


async def agen[T](x: T):
    return x


coro = agen(3)
try:
    coro.send(None)
except StopIteration as e:
    print("generic coroutine:", e.value, agen.__type_params__)


def gen[T](*xs: T):
    yield from xs


print(list(gen(1, 2)), gen.__type_params__)
