# `return value` is not allowed in an async generator: a compile-time SyntaxError.
print("never printed")


async def numbers():
    yield 1
    yield 2


async def with_value():
    for i in range(3):
        yield i
    return "total"
