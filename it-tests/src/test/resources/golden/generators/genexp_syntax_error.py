# A generator expression that is not the sole argument must be parenthesized.
print("this line never runs: the whole file fails to compile")


def total(values):
    return sum(v * 2 for v in values, 10)


print(total([1, 2, 3]))
