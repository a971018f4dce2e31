def g():
    return [1, 2,
            3]
value = g()