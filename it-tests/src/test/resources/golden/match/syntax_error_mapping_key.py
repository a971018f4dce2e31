# Mapping pattern keys must be literals or dotted value names, not plain names.
key = "k"


def mk(d):
    match d:
        case {key: value}:
            return value


print("never printed")
