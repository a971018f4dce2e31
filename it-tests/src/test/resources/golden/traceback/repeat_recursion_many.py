# Many identical entries collapse into one "[Previous line repeated N more times]" line; the
# count restarts when the line changes.
def down(n):
    if n == 0:
        return up(3)
    return down(n - 1)


def up(n):
    if n == 0:
        raise ValueError("bottom")
    return up(n - 1)


down(20)
