# del on names, attributes, items, slices; NameError/UnboundLocalError after deletion.

x = 10
y = [1, 2, 3, 4, 5]
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
del y[0], y[-1]
print(y)
del y[:]
print(y)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)


class Thing:
    cls_attr = "class"

    def __init__(self):
        self.attr = 1


t = Thing()
del t.attr
try:
    t.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
del Thing.cls_attr
print(hasattr(t, "cls_attr"))
a, b, c = 1, 2, 3
del a, (b, c)
print("a" in dir(), "b" in dir(), "c" in dir())


def local_del():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(local_del())


def del_undefined():
    try:
        del never_assigned
    except NameError as e:
        return f"{type(e).__name__}: {e}"


print(del_undefined())
g = "global"


def del_global():
    global g
    del g


del_global()
print("g" in globals())
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
for i in range(3):
    pass
del i
try:
    i
except NameError as e:
    print("NameError:", e)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
