import contextlib

with open("a.txt") as fa, open("b.txt") as fb:
    print(fa.read(), fb.read())

with (
    open("c.txt") as fc,
    contextlib.suppress(OSError),
):
    pass

with contextlib.ExitStack() as stack:
    files = [stack.enter_context(open(n)) for n in ("x", "y")]
