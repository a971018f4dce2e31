# Mapping patterns may not repeat a literal key.
def m(d):
    match d:
        case {"id": 1, "name": n, "id": 2}:
            return n


print("never printed")
