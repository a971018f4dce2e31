# Deeply indented source lines are stripped of their indentation; the carets follow.
def check(rows):
    for row in rows:
        if row:
            for cell in row:
                if cell is not None:
                    if cell < 0:
                        return rows[len(rows)] + cell
    return 0


print(check([[1, 2], [3]]))
print(check([[1, -2]]))
