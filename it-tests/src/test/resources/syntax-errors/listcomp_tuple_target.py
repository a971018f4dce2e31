ys = [a, b for a, b in pairs]
