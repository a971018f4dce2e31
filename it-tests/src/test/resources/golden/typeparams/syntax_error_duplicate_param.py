# The same type parameter name twice is a compile-time error.
def pair[T, U, T](a: T, b: U) -> T:
    return a


print("never printed")
