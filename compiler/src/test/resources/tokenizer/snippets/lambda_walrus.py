f = lambda x, /, y=1, *, z: (w := x)
