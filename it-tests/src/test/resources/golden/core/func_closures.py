# Closures: captured variables, late binding, cells shared between closures, __closure__.

def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply


double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double.__closure__[0].cell_contents, double.__code__.co_freevars)

# Late binding: all lambdas see the final value of i
late = [lambda: i for i in range(3)]
print([f() for f in late])
# Binding early through a default argument
early = [lambda i=i: i for i in range(3)]
print([f() for f in early])
# Or through a factory
factory = [make_multiplier(i) for i in range(3)]
print([f(10) for f in factory])


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    def reset():
        nonlocal count
        count = 0
    return inc, get, reset


inc, get, reset = counter()
inc(); inc(); inc()
print(get())
reset()
print(get(), inc())
print(inc.__closure__[0] is get.__closure__[0], inc.__code__.co_freevars)


def outer():
    x = "outer x"

    def middle():
        def inner():
            return x
        return inner
    return middle()


print(outer()(), outer().__closure__[0].cell_contents)


def late_assignment():
    def show():
        return value
    value = "assigned after the inner def"
    return show()


print(late_assignment())


def unbound():
    def show():
        return value
    try:
        return show()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    value = 1


print(unbound())
adders = {}
for name, amount in (("add1", 1), ("add10", 10)):
    def adder(x, amount=amount):
        return x + amount
    adders[name] = adder
print(adders["add1"](5), adders["add10"](5), make_multiplier(2).__closure__ is not None, print.__class__.__name__)
print((lambda: 1).__closure__)
