def f(a, *b, **c) -> int: return (x := 1)
