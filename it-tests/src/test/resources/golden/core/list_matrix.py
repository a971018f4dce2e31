# Matrices as lists of lists: multiplication, transpose, determinant, identity, printing.

def mat_mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))] for i in range(len(a))]


def transpose(m):
    return [list(row) for row in zip(*m)]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j in range(len(m)):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total


def show(m, title):
    print(title)
    width = max([len(str(v)) for row in m for v in row])
    for row in m:
        print("  [" + " ".join([str(v).rjust(width) for v in row]) + "]")


A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(A, B), "A @ B")
show(mat_mul(B, A), "B @ A")
show(transpose(A), "A^T")
show(mat_mul(identity(3), B), "I @ B")
try:
    mat_mul(A, A)
except ValueError as e:
    print("ValueError:", e)

M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det", det(M), det(identity(4)), det([[1, 2], [2, 4]]))

# Matrix power by repeated squaring gives Fibonacci numbers
def mat_pow(m, n):
    result = identity(len(m))
    while n:
        if n & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        n >>= 1
    return result


print([mat_pow([[1, 1], [1, 0]], n)[0][1] for n in range(15)])
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])

# Rotate a square matrix 90 degrees clockwise
sq = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
show([list(r) for r in zip(*sq[::-1])], "rotated")
print("sum of each row", [sum(r) for r in sq], "columns", [sum(c) for c in zip(*sq)])
