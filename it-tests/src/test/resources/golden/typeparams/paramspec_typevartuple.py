# ParamSpec (**P) and TypeVarTuple (*Ts) objects from PEP 695 syntax: names, reprs, attributes.
def decorator[**P, R](fn):
    def wrapper(*args, **kwargs):
        print(f"  calling {fn.__name__} with {args} {kwargs}")
        return fn(*args, **kwargs)
    return wrapper


def shape[*Shape](*dims):
    return dims


P, R = decorator.__type_params__
Shape = shape.__type_params__[0]
print(repr(P), repr(R), repr(Shape))
print(P.__name__, Shape.__name__, type(P).__name__, type(Shape).__name__, type(P).__module__)
print(repr(P.args), repr(P.kwargs), type(P.args).__name__, type(P.kwargs).__name__)
print(P.args.__origin__ is P, P.kwargs.__origin__ is P)
print(P.args == P.args, P.args == P.kwargs)
print(P.__bound__, P.__covariant__, P.__contravariant__, P.__infer_variance__)
print(P.__module__, Shape.__module__)


@decorator
def add(a, b=1):
    return a + b


print(add(2), add(2, b=5))
print(shape(2, 3, 4))


class Tensor[*Dims, DType]:
    def __init__(self, *dims):
        self.dims = dims


print(Tensor.__type_params__, [type(t).__name__ for t in Tensor.__type_params__])
print(Tensor(2, 2).dims)


def mixed[T, *Ts, **P](): pass


print(mixed.__type_params__, [type(t).__name__ for t in mixed.__type_params__])
print(dict.fromkeys(mixed.__type_params__, 0).keys() == {tp: 0 for tp in mixed.__type_params__}.keys())
try:
    P.args.foo
except AttributeError as e:
    print("AttributeError:", e)
