# Scoping of type parameters: visible inside the function/class, not outside; annotation scopes
# can see class-level names; inner definitions can close over type parameters.
T = "global T"


def f[T](x: T) -> T:
    print("  inside f, T is", repr(T), type(T).__name__)
    return x


f(1)
print("outside, T is still", repr(T))


def shadow[T]():
    def inner():
        return T
    return inner


print("closure over a type parameter:", repr(shadow()()), type(shadow()()).__name__)


class C[T]:
    attr = T

    def method(self):
        return T


print(repr(C.attr), C.attr is C.__type_params__[0], C().method() is C.__type_params__[0])
try:
    print(C.T)
except AttributeError as e:
    print("AttributeError:", e)


class Config:
    Default = int
    type Alias = Default
    values = [Default]

    def method[V: Default](self):
        return V


print(Config.Alias.__value__, Config.method.__type_params__[0].__bound__)


def outer():
    local = "outer local"

    def inner[U]():
        return local, U
    return inner()


print(outer())


def reuse[T](a: T):
    def nested[T](b: T):
        return T
    return T, nested(0)


outer_t, inner_t = reuse(1)
print(repr(outer_t), repr(inner_t), outer_t is inner_t)


def params_are_not_locals[K]():
    return sorted(locals())


print(params_are_not_locals())
print("T in globals:", globals()["T"])


class Defaults:
    X = 10

    def uses_class_var[W](self, y=X):
        return y


print(Defaults().uses_class_var())
