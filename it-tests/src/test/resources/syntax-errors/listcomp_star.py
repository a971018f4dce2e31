ys = [*a for a in b]
