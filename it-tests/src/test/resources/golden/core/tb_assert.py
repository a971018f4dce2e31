# An uncaught failing assert: AssertionError with the message expression's value.

def normalise(weights):
    total = sum(weights)
    result = [w / total for w in weights]
    assert abs(sum(result) - 1.0) < 1e-9, f"weights sum to {sum(result)}"
    return result


print(normalise([1, 1, 2]))
print(normalise([0.5, 0.25, 0.25]))


def check_positive(values):
    for v in values:
        assert v >= 0, f"negative weight {v} in {values}"
    return True


print(check_positive([1, 2]))
check_positive([3, -1, 2])
