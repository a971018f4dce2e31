x += 1
a.b -= 2
c[i] *= 3
d[1:2] |= e
def f():
    v = 0
    v **= 2
    return v
