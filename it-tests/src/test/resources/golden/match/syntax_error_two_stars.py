# Only one starred name is allowed in a sequence pattern.
def s(seq):
    match seq:
        case [first, *middle, *rest]:
            return first


print("never printed")
