# globals() and locals(): reading, writing through globals(), and locals() snapshots in functions.

x = 10
g = globals()
print(g["x"], "x" in g, g is globals(), g["__name__"])
g["created_dynamically"] = "hello"
print(created_dynamically)
g["x"] = 99
print(x)


def func(a):
    b = a * 2
    loc = locals()
    print(sorted(loc.items()))
    loc["b"] = "changed in the snapshot"
    print(b)
    loc["new_name"] = 1
    print("new_name" in locals(), sorted(locals()))
    return globals() is g


print(func(3))


def nested():
    outer_var = "outer"

    def inner():
        print(sorted(locals().items()))
        return outer_var
    return inner()


print(nested())
print(locals() is globals())


class Body:
    value = 1
    names = sorted([k for k in locals() if not k.startswith("__")])


print(Body.names)
namespace = {"y": 5}
exec("z = y * 2", namespace)
print(namespace["z"], sorted([k for k in namespace if k != "__builtins__"]))
print(eval("x + y", {"x": 1, "y": 2}), eval("x", globals()), eval("a", {}, {"a": "from locals"}))
print(sorted([k for k in globals() if not k.startswith("__")]))
