grid = [[0] * 4 for _ in range(4)]
grid[1][2] = 5
row = grid[1][:]
col = [r[2] for r in grid]
part = grid[1:3][0][::-1]
d = {}
d[1, 2] = "tuple key"
d[(3, 4)] = "paren key"
arr = data[1:2, ::3, ...]
print(grid[-1][-1], d[1, 2], arr)
