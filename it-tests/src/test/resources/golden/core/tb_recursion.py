# Unbounded recursion ends in RecursionError; repeated identical frames are collapsed into
# "[Previous line repeated N more times]".

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print("depth 100:", depth(100))


def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)


print(countdown(10))
print(countdown(500))


def runaway(n):
    return runaway(n + 1)


print("going deep")
runaway(0)
