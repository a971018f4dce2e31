def describe(value):
    match value:
        case 0:
            return "zero"
        case -1 | 1:
            return "unit"
        case 2.5 | 1+2j:
            return "odd number"
        case "text" | b"bytes":
            return "string"
        case None:
            return "none"
        case True:
            return "true"
        case other:
            return other
