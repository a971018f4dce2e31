# Four identical entries in a row: three are shown, then "[Previous line repeated 1 more time]".
def countdown(n):
    if n == 0:
        raise RuntimeError("liftoff")
    return countdown(n - 1)


countdown(4)
