if (n := len(a)) > 10:
    print(n)
def f():
    return [y := x for x in range(3)]
