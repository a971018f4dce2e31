# Generic type aliases: type parameters, subscription producing GenericAlias objects, laziness.
type Pair[A, B] = tuple[A, B]
type Mapping[K, V] = dict[K, list[V]]
type Single[T] = list[T]

print(Pair.__type_params__, Mapping.__type_params__, Single.__type_params__)
print(Pair.__value__, Mapping.__value__)
A, B = Pair.__type_params__
print(Pair.__value__.__args__[0] is A, type(A).__name__, A.__name__)

p = Pair[int, str]
print(repr(p), type(p).__name__, p.__origin__ is Pair, p.__args__)
print(repr(Single[bytes]), repr(Mapping[str, Single[int]]))
print(repr(Pair[int]), repr(Pair[int, str, float]), "(arity is not checked)")
print(Pair[int, str] == Pair[int, str], Pair[int, str] == Pair[str, int])

type Bounded[T: int] = list[T]
type Constrained[S: (str, bytes)] = set[S]
T = Bounded.__type_params__[0]
S = Constrained.__type_params__[0]
print(T.__bound__, S.__constraints__, T.__constraints__, S.__bound__)

type LazyBound[X: UndefinedName] = list[X]
X = LazyBound.__type_params__[0]
print("defined; the bound is lazy too:", X.__name__)
try:
    X.__bound__
except NameError as e:
    print("NameError:", e)

type WithParamSpec[**P] = P
type WithTuple[*Ts] = Ts
print(WithParamSpec.__type_params__, WithTuple.__type_params__)
print(type(WithParamSpec.__type_params__[0]).__name__, type(WithTuple.__type_params__[0]).__name__)
print(repr(WithParamSpec[int]), repr(WithTuple[int, str]))
