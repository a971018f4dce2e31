# Name resolution: local, enclosing, global, builtin (LEGB); shadowing builtins; class scopes.

x = "global x"


def show_legb():
    x = "enclosing x"

    def inner():
        return x
    return inner()


print(show_legb(), x)


def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")


print(shadow_builtin(), len("abc"))
max = lambda *a: "global max shadows the builtin"
print(max(1, 2))
del max
print(max(1, 2))


class Scope:
    attr = "class attr"

    def method(self):
        try:
            return attr
        except NameError as e:
            return f"NameError: {e}"

    def method_ok(self):
        return self.attr, Scope.attr

    value = attr.upper()
    try:
        items = [attr for _ in range(1)]
    except NameError as e:
        items = f"NameError: {e}"


print(Scope().method(), Scope().method_ok(), Scope.value, Scope.items)
y = "global y"


class Shadow:
    y = "class y"

    def get(self):
        return y


print(Shadow().get())


def locals_demo(a, b=2):
    c = a + b
    return sorted(locals().items())


print(locals_demo(1))


def counter_builtin_name():
    list = [1, 2, 3]
    return list


print(counter_builtin_name(), list("ab"))
print(sorted([k for k in globals() if not k.startswith("__")]))
print("print" in dir(__builtins__) if not isinstance(__builtins__, dict) else "print" in __builtins__)
