# An error while executing a class body: the frame is named after the class.

print("defining classes")


class Fine:
    x = 1
    y = x * 2


print("Fine.y =", Fine.y)


class Broken:
    base = 10
    items = ["a", "b"]
    print("in the class body, base =", base)
    first = items[0]
    missing = items[base]


print("not reached")
