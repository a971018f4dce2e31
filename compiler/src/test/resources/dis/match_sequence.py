def shape(seq):
    match seq:
        case []:
            return 0
        case [x]:
            return x
        case [x, y, *rest]:
            return x + y + len(rest)
        case (first, *_, last):
            return first + last
        case [_, _, *_]:
            return -1
        case [*_]:
            return -2
