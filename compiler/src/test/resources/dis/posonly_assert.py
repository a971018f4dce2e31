def f(a, b, /, c, *, d):
    assert (
        a
    ), "msg"
    return a, b, c, d
