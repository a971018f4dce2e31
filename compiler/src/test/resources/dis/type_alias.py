type Number = int | float
type ListOf[T] = list[T]
type Callback[**P, R] = Callable[P, R]

def local():
    type Local = tuple[Number, ...]
    return Local
