# Positional-only parameters (before /) and their error messages.

def divide(a, b, /):
    return a / b


print(divide(7, 2))
try:
    divide(a=7, b=2)
except TypeError as e:
    print("TypeError:", e)
try:
    divide(7, b=2)
except TypeError as e:
    print("TypeError:", e)


def power(base, exp=2, /, *, mod=None):
    return pow(base, exp, mod)


print(power(3), power(3, 4), power(3, 4, mod=5))
try:
    power(3, exp=4)
except TypeError as e:
    print("TypeError:", e)


def kwargs_too(x, /, **kwargs):
    return x, kwargs


print(kwargs_too(1, x=2), kwargs_too(1, y=3))


def pos_only_defaults(a, b=10, c=20, /, d=30):
    return a + b + c + d


print(pos_only_defaults(1), pos_only_defaults(1, 2), pos_only_defaults(1, 2, 3, d=4), pos_only_defaults(1, 2, 3, 4))
try:
    pos_only_defaults()
except TypeError as e:
    print("TypeError:", e)
try:
    pos_only_defaults(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
code = pos_only_defaults.__code__
print(code.co_posonlyargcount, code.co_argcount, code.co_kwonlyargcount, code.co_varnames)

# Builtins with positional-only parameters
for label, fn in (("len(obj=[])", lambda: len(obj=[])), ("abs(x=-1)", lambda: abs(x=-1)),
                  ("divmod(7, b=2)", lambda: divmod(7, b=2)), ("[].append(object=1)", lambda: [].append(object=1))):
    try:
        fn()
    except TypeError as e:
        print(label, "-> TypeError:", e)


def f(a, b, /, c, *, d):
    return f"a={a} b={b} c={c} d={d}"


print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
