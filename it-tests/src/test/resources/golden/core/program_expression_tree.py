# Expression trees with classes: evaluation, printing with minimal parentheses, derivatives, simplification.

class Expr:
    def __add__(self, other):
        return Add(self, wrap(other))

    def __radd__(self, other):
        return Add(wrap(other), self)

    def __mul__(self, other):
        return Mul(self, wrap(other))

    def __rmul__(self, other):
        return Mul(wrap(other), self)

    def __pow__(self, n):
        return Pow(self, n)


class Num(Expr):
    prec = 3

    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v

    def diff(self, var):
        return Num(0)

    def simplify(self):
        return self

    def __str__(self):
        return str(self.v)


class Var(Expr):
    prec = 3

    def __init__(self, name):
        self.name = name

    def eval(self, env):
        if self.name not in env:
            raise NameError(f"variable {self.name!r} has no value")
        return env[self.name]

    def diff(self, var):
        return Num(1 if var == self.name else 0)

    def simplify(self):
        return self

    def __str__(self):
        return self.name


class BinOp(Expr):
    def __init__(self, left, right):
        self.left, self.right = left, right

    def __str__(self):
        def side(e, strict):
            s = str(e)
            return f"({s})" if e.prec < self.prec or (strict and e.prec == self.prec) else s
        return f"{side(self.left, False)} {self.symbol} {side(self.right, True)}"


class Add(BinOp):
    symbol, prec = "+", 1

    def eval(self, env):
        return self.left.eval(env) + self.right.eval(env)

    def diff(self, var):
        return Add(self.left.diff(var), self.right.diff(var))

    def simplify(self):
        l, r = self.left.simplify(), self.right.simplify()
        if isinstance(l, Num) and isinstance(r, Num):
            return Num(l.v + r.v)
        if isinstance(l, Num) and l.v == 0:
            return r
        if isinstance(r, Num) and r.v == 0:
            return l
        return Add(l, r)


class Mul(BinOp):
    symbol, prec = "*", 2

    def eval(self, env):
        return self.left.eval(env) * self.right.eval(env)

    def diff(self, var):
        return Add(Mul(self.left.diff(var), self.right), Mul(self.left, self.right.diff(var)))

    def simplify(self):
        l, r = self.left.simplify(), self.right.simplify()
        if isinstance(l, Num) and isinstance(r, Num):
            return Num(l.v * r.v)
        for a, b in ((l, r), (r, l)):
            if isinstance(a, Num) and a.v == 0:
                return Num(0)
            if isinstance(a, Num) and a.v == 1:
                return b
        return Mul(l, r)


class Pow(Expr):
    prec = 2.5

    def __init__(self, base, n):
        self.base, self.n = base, n

    def eval(self, env):
        return self.base.eval(env) ** self.n

    def diff(self, var):
        return Mul(Mul(Num(self.n), Pow(self.base, self.n - 1)), self.base.diff(var))

    def simplify(self):
        b = self.base.simplify()
        if self.n == 0:
            return Num(1)
        if self.n == 1:
            return b
        return Pow(b, self.n)

    def __str__(self):
        b = str(self.base)
        return f"({b})^{self.n}" if self.base.prec < 3 else f"{b}^{self.n}"


def wrap(v):
    return v if isinstance(v, Expr) else Num(v)


x, y = Var("x"), Var("y")
exprs = [3 * x ** 2 + 2 * x + 1, (x + 1) * (x + 2), x * y + y ** 3, 2 * (x + y) * (x + 0), (x + 1) ** 3 + 0 * y]
for e in exprs:
    d = e.diff("x")
    print(f"f = {e}")
    print(f"   f(2, 3) = {e.eval({'x': 2, 'y': 3})}")
    print(f"   df/dx = {d.simplify()}   at (2, 3): {d.eval({'x': 2, 'y': 3})}")
print(Add(Num(1), Add(Num(2), Num(3))), Add(Add(Num(1), Num(2)), Num(3)), Mul(Add(x, y), Add(x, y)))
try:
    (x + y).eval({"x": 1})
except NameError as e:
    print("NameError:", e)
