a, *b, c = range(10)
x = [*a, *b]
y = (*a, 1)
z = {**d, 'k': 1}
f(*a, **z)
f(1, *a, k=2)
