# An irrefutable capture pattern before other cases is rejected at compile time.
def f(x):
    match x:
        case 1:
            return "one"
        case other:
            return "anything"
        case 2:
            return "two"


print("never printed")
