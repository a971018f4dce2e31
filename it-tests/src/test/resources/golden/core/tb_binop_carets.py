# For a failing binary operation inside a larger expression, the traceback marks the operands
# with ~ and the operator with ^.

def spread(values):
    return max(values) - min(values) if values else 0


print("spread", spread([4, 9, 1]), spread([]))


def average(values, count):
    return round(sum(values) / count, 2) + 0


def percent(part, whole):
    return 100 * part / whole


print(average([1, 2, 3], 3))
print(percent(1, 4))
scores = {"ann": [90, 85], "bob": []}
for name, values in scores.items():
    mean = average(values, len(values))
    print(name, mean)
