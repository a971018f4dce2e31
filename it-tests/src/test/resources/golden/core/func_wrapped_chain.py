# Hand-written metadata copying for wrappers (what functools.wraps does) and unwrapping chains.

def wraps(wrapped):
    def apply(wrapper):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return apply


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


def timed(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    wrapper.timed = True
    return wrapper


@timed
@logged
def compute(x, y=1):
    """Compute something."""
    return x * y


compute.__dict__["version"] = 2
print(compute(3, 4), compute.__name__, compute.__qualname__, compute.__doc__, compute.timed, compute.version)


def unwrap(func):
    chain = [func]
    while hasattr(func, "__wrapped__"):
        func = func.__wrapped__
        chain.append(func)
    return func, chain


original, chain = unwrap(compute)
print(original.__code__.co_name, len(chain), [c.__code__.co_name for c in chain])
print(original(5), original.__wrapped__ if hasattr(original, "__wrapped__") else "no __wrapped__ on original")
print(compute.__wrapped__.__wrapped__ is original, compute.__code__.co_name, compute.__code__.co_varnames)


class Meta:
    pass


def plain(a):
    return a


w = logged(plain)
print(w.__name__, w.__wrapped__ is plain, w(7), sorted(w.__dict__))
