# Alternatives of an or-pattern must bind the same names.
def h(x):
    match x:
        case [a, 1] | [1, b]:
            return "bad"


print("never printed")
