# Nested subscripts: the outermost failing one is anchored; blanks inside the brackets stay '^'.
grid = [[1, 2], [3, 4]]
print(grid[1][0])
print(grid [ 1 ] [ 5 ])
