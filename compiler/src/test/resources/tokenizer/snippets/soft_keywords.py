match x:
    case [a, *_]:
        pass
type X = int
