# A wildcard case that is not the last case is rejected at compile time.
def g(x):
    match x:
        case [1, 2]:
            return "pair"
        case _:
            return "default"
        case [3]:
            return "unreachable"


print("never printed")
