# TypeVar bounds and constraints in PEP 695 syntax: lazily evaluated, evaluated once, errors.
log = []


def note(tag, value):
    log.append(tag)
    return value


def f[T: note("bound of T", int), U: (note("c1", str), note("c2", bytes)), V](t: T, u: U, v: V):
    return t, u, v


print("defined:", log)
T, U, V = f.__type_params__
print(T.__bound__, log)
print(T.__bound__, log, "(cached)")
print(U.__constraints__, log)
print(V.__bound__, V.__constraints__, U.__bound__, T.__constraints__)
print(f(1, "s", None), "(not checked at run time)", f("x", 2, 3))


def bad_bound[T: missing_name]():
    pass


B = bad_bound.__type_params__[0]
for _ in range(2):
    try:
        B.__bound__
    except NameError as e:
        print("NameError:", e)


def bad_constraints[T: (int, 1 / 0)]():
    pass


try:
    bad_constraints.__type_params__[0].__constraints__
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class Base:
    pass


class Registry:
    Kind = Base

    def register[T: Kind](self, item: T) -> T:
        return item


R = Registry.register.__type_params__[0]
print("bound sees the class namespace:", R.__bound__ is Base)


def forward[T: "Later"]():
    pass


print(repr(forward.__type_params__[0].__bound__))


def later_def[T: Later]():
    pass


class Later:
    pass


print(later_def.__type_params__[0].__bound__ is Later)
print(T.__covariant__, T.__contravariant__, T.__infer_variance__, repr(T), repr(U))
