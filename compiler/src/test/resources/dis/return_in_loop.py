def f(xs):
    for x in xs:
        if x:
            return x
    return None
def g(xs):
    for x in xs:
        try:
            return x
        finally:
            print(x)
