# An IndexError several iterations into a loop, after partial output.

def width(rows):
    return max([len(r) for r in rows])


def height(rows):
    return len(rows)


matrix = [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8],
]
print("rows", height(matrix), "widest", width(matrix))
for r in range(3):
    row_sum = 0
    for c in range(3):
        row_sum += matrix[r][c]
        print(f"matrix[{r}][{c}] = {matrix[r][c]}")
    print("row", r, "sum", row_sum)
