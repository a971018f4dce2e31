# Solving linear systems exactly with Gaussian elimination over rational numbers (a tiny Fraction class).

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Q:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    def __add__(self, o):
        o = q(o)
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)

    def __sub__(self, o):
        o = q(o)
        return Q(self.n * o.d - o.n * self.d, self.d * o.d)

    def __mul__(self, o):
        o = q(o)
        return Q(self.n * o.n, self.d * o.d)

    def __truediv__(self, o):
        o = q(o)
        return Q(self.n * o.d, self.d * o.n)

    def __eq__(self, o):
        o = q(o)
        return self.n == o.n and self.d == o.d

    def __hash__(self):
        return hash((self.n, self.d))

    def __repr__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"


def q(v):
    return v if isinstance(v, Q) else Q(v)


def solve(a, b):
    n = len(a)
    m = [[q(v) for v in row] + [q(rhs)] for row, rhs in zip(a, b)]
    for col in range(n):
        pivot = None
        for r in range(col, n):
            if m[r][col] != 0:
                pivot = r
                break
        if pivot is None:
            raise ValueError("matrix is singular")
        m[col], m[pivot] = m[pivot], m[col]
        p = m[col][col]
        m[col] = [v / p for v in m[col]]
        for r in range(n):
            if r != col and m[r][col] != 0:
                factor = m[r][col]
                m[r] = [rv - factor * cv for rv, cv in zip(m[r], m[col])]
    return [row[-1] for row in m]


systems = [
    ([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]),
    ([[1, 2], [3, 4]], [5, 6]),
    ([[1, 1, 1], [0, 2, 5], [2, 5, -1]], [6, -4, 27]),
    ([[1, 2], [2, 4]], [3, 6]),
    ([[0, 1], [1, 0]], [7, 9]),
]
for a, b in systems:
    try:
        x = solve(a, b)
        check = [sum([q(c) * v for c, v in zip(row, x)], Q(0)) == rhs for row, rhs in zip(a, b)]
        print("solution", x, "verified", all(check))
    except ValueError as e:
        print("ValueError:", e)
hilbert = [[Q(1, i + j + 1) for j in range(4)] for i in range(4)]
print("Hilbert(4) x = [1,1,1,1]:", solve(hilbert, [1, 1, 1, 1]))
print(Q(6, -8), Q(1, 3) + Q(1, 6), Q(2, 3) * Q(3, 4), Q(1, 2) / Q(1, 4), Q(5, 5))
try:
    Q(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
