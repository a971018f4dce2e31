# `await` in a plain function is a compile-time SyntaxError.
class Ready:
    def __await__(self):
        yield


def not_async():
    value = await Ready()
    return value


print("never printed")
