# Decorators with and without arguments, stacking order, and decorators that keep metadata by hand.

def trace(func):
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func
    return wrapper


def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator


def tag(name):
    def decorator(func):
        def wrapper(*args):
            return f"<{name}>{func(*args)}</{name}>"
        return wrapper
    return decorator


@trace
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(10, 20))


@repeat(3)
def hello(name):
    return f"hi {name}"


print(hello("ada"))


@tag("b")
@tag("i")
def text(s):
    return s


print(text("stacked"))
order = []


def mark(label):
    order.append(f"factory {label}")

    def decorator(func):
        order.append(f"apply {label}")
        return func
    return decorator


@mark("outer")
@mark("inner")
def decorated():
    return None


print(order)


def register(registry):
    def decorator(func):
        registry[func.__name__] = func
        return func
    return decorator


HANDLERS = {}


@register(HANDLERS)
def on_start():
    return "started"


@register(HANDLERS)
def on_stop():
    return "stopped"


print(sorted(HANDLERS), HANDLERS["on_stop"]())


class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)


@CountCalls
def square(x):
    return x * x


print(square(3), square(4), square.calls, type(square).__name__)
deco = (lambda f: lambda *a: f(*a) * 2)


@deco
def five():
    return 5


print(five())
