a, b = b, a
a, b, c = c, b, a
(a, b), c = x
[d, e] = y
for k, v in items:
    pass
