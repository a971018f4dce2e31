def f(n):
    return [lambda: x for x in range(n)]
def g():
    x = 1
    return [x for x in range(3)], x
