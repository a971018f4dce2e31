def f(a, b):
    if a and b:
        return 1
    while a:
        if b:
            continue
        a -= 1
    return 0
