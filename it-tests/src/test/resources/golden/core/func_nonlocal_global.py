# global and nonlocal declarations, and UnboundLocalError when a name is assigned later.

total = 0
name = "module"


def add(n):
    global total
    total += n
    return total


print(add(5), add(7), total)


def shadow():
    name = "local"
    return name


print(shadow(), name)


def broken():
    try:
        print(total)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    total = 1
    return total


print(broken(), total)


def create_global():
    global created_later
    created_later = "made inside a function"


create_global()
print(created_later)


def outer():
    level = 1

    def middle():
        nonlocal level
        level += 1

        def inner():
            nonlocal level
            level *= 10
            return level
        return inner()
    result = middle()
    return level, result


print(outer())


def scopes():
    x = "enclosing"

    def read():
        return x

    def write_local():
        x = "local only"
        return x

    def write_nonlocal():
        nonlocal x
        x = "rebound"
        return x
    results = [read(), write_local(), read(), write_nonlocal(), read()]
    return results


print(scopes())


def global_in_nested():
    def inner():
        global name
        name = "changed by inner"
    inner()
    return name


print(global_in_nested(), name)
exec("print('exec sees', name)")
g = {}
exec("a = 1\nglobal b\nb = 2", g)
print(sorted([k for k in g if k != "__builtins__"]))
