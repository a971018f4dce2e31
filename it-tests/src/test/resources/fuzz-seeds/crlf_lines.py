def f(a, b):
    if a:
        return b
    return (a,
            b)

print(f(1, 2))
