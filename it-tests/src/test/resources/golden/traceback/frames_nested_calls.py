# Three nested calls: each frame shows its File line, the stripped source line and ^ carets
# under the call; the innermost frame's raise statement spans its whole line, so no carets.
def inner(x):
    if x > 2:
        raise ValueError("x too big: " + str(x))
    return x


def middle(x):
    return inner(x + 1) * 2


def outer(x):
    total = middle(x) + 1
    return total


print("start")
print(outer(0))
print(outer(5))
