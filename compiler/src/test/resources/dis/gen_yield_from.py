def delegate(inner):
    result = yield from inner
    yield from range(3)
    return result

gen_lambda = lambda: (yield 1)
