def count(n):
    i = 0
    while i < n:
        got = yield i
        if got:
            i = got
        i += 1
    return i

def empty_yield():
    yield
