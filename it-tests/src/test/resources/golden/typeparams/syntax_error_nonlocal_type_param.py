# A type parameter cannot be the target of nonlocal.
def outer[T]():
    def inner():
        nonlocal T
        T = 1
    return inner


print("never printed")
