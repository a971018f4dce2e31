# A name may be bound only once in a pattern.
def k(point):
    match point:
        case (x, x):
            return "same"
        case _:
            return "different"


print("never printed")
