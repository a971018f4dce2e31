# Arithmetic special methods: binary, reflected, in-place and unary, on a 2-D vector class.

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, n, mod=None):
        return Vec(pow(self.x, n, mod), pow(self.y, n, mod))

    def __matmul__(self, other):
        return self.x * other.y - self.y * other.x

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return Vec(+self.x, +self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __invert__(self):
        return Vec(self.y, self.x)

    def __iadd__(self, other):
        print("   in-place add")
        self.x += other.x
        self.y += other.y
        return self

    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)

    def __and__(self, other):
        return Vec(self.x & other.x, self.y & other.y)

    def __divmod__(self, k):
        return (self // k, self % k)


a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a + 1, 1 + a, a - b, a * 2, 2 * a, a * b, a / 2, a // 2, a % 2, a ** 2, pow(a, 2, 5))
print(a @ b, -a, +a, abs(a), ~a, a << 2, a & Vec(1, 6), divmod(a, 2), sum([a, b, Vec(0, 1)]))
alias = a
a += b
print(a, alias is a)
c = Vec(0, 0)
c -= b
print(c)
c *= 3
print(c)
for label, fn in (("a - 1", lambda: a - 1), ("'s' + a", lambda: "s" + a), ("a @ 2", lambda: a @ 2),
                  ("a ^ b", lambda: a ^ b), ("1 - a", lambda: 1 - a), ("a < b", lambda: a < b)):
    try:
        print(label, "->", fn())
    except (TypeError, AttributeError) as e:
        print(label, "->", type(e).__name__ + ":", e)
