# f-strings are not literal patterns.
name = "x"


def fs(v):
    match v:
        case f"hello {name}":
            return "greeting"


print("never printed")
