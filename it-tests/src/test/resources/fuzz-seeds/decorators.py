import functools


def trace(label):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            print(label, func.__name__)
            return func(*args, **kwargs)
        return wrapper
    return decorator


@trace("call")
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@dataclass(frozen=True)
class Point:
    x: int = 0
    y: int = 0
