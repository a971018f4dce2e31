a = [x * 2 for x in range(10) if x]
b = {x for x in a}
c = {k: v for k, v in d.items()}
def f(y):
    return [y + z for z in y]
