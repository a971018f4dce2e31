# spectral_norm: largest singular value of the infinite matrix
# A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), by the power method on A^T A.
# Float division in doubly nested loops over lists.
import math

N = 590
ITERATIONS = 10


def eval_a(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times_a(u):
    n = len(u)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += eval_a(i, j) * u[j]
        out.append(total)
    return out


def times_a_transposed(u):
    n = len(u)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += eval_a(j, i) * u[j]
        out.append(total)
    return out


def times_ata(u):
    return times_a_transposed(times_a(u))


def main():
    u = [1.0] * N
    v = u
    for _ in range(ITERATIONS):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for i in range(N):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("n=%d spectral norm %.9f" % (N, math.sqrt(vbv / vv)))


main()
