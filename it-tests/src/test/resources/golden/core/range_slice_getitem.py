# __getitem__ receives ints, slices, tuples of slices and Ellipsis exactly as written.

class Probe:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("   set", key, "=", value)

    def __delitem__(self, key):
        print("   del", key)


p = Probe()
print(p[1], p[-1], p[1:2], p[:], p[::], p[1:], p[:5], p[::2], p[1:2:3], p[None:None])
print(p[1, 2], p[1:2, 3], p[:, ::2], p[...], p[..., 1], p[1, ...], p["key"], p[()], p[(1,)], p[[1, 2]])
p[0] = "zero"
p[1:3] = "slice"
p[::2, 1] = "tuple"
del p[5]
del p[::-1]
del p[1, 2:3]


class Grid:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.cells = [[r * cols + c for c in range(cols)] for r in range(rows)]

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            rows = self.cells[r] if isinstance(r, slice) else [self.cells[r]]
            out = [row[c] for row in rows]
            return out if isinstance(r, slice) else out[0]
        return self.cells[key]

    def __len__(self):
        return self.rows


g = Grid(4, 5)
print(g[1], g[1, 2], g[1:3, 0], g[::2, ::2], g[-1, -1], g[:, 4], len(g))
try:
    g[1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    g[10]
except IndexError as e:
    print("IndexError:", e)
print(Ellipsis, ..., ... is Ellipsis, repr(...), type(...).__name__, bool(...))
