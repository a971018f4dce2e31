# Errors inside comprehensions: since Python 3.12 comprehensions are inlined, so the traceback has
# no separate <listcomp> frame.

def squares(n):
    return [i * i for i in range(n)]


print(squares(5), {k: v for k, v in zip("ab", squares(2))})


def inverses(values):
    return [1 / v for v in values]


def mapping(words):
    return {w: len(w) // (len(w) - 3) for w in words}


print(inverses([1, 2, 4]))
print(mapping(["alpha", "beta", "gamma"]))
print({v % 3 for v in range(10)})
print(inverses([5, 0, 2]))
