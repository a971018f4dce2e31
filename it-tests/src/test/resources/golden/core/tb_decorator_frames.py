# Decorated functions show the wrapper's frame between the caller and the wrapped function.

def logged(func):
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper


def retry_once(func):
    def retrier(*args):
        try:
            return func(*args)
        except ZeroDivisionError:
            print("retrying", func.__name__)
            return func(*args)
    return retrier


@logged
@retry_once
def inverse(x):
    return 1 / x


print(inverse(4))
print(inverse(0))
