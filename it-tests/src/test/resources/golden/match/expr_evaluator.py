# An expression evaluator and simplifier over tuples and small classes, all done with match.
class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return str(self.value)


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def __repr__(self):
        return f"({self.left!r} {self.op} {self.right!r})"


def evaluate(node, env):
    match node:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r):
            d = evaluate(r, env)
            if d == 0:
                raise ZeroDivisionError("division by zero in expression")
            return evaluate(l, env) / d
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op}")
        case _:
            raise TypeError(f"not an expression: {node!r}")


def simplify(node):
    match node:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match op, l, r:
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case "-", x, y if repr(x) == repr(y):
                    return Num(0)
                case _, Num(a), Num(b) if op in "+-*":
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case _:
                    return BinOp(op, l, r)
        case _:
            return node


def parse(tokens):
    match tokens:
        case [int(n)]:
            return Num(n)
        case [str(name)] if name.isidentifier():
            return Var(name)
        case [left, ("+" | "-" | "*" | "/") as op, *rest]:
            return BinOp(op, parse([left]), parse(rest))
        case [("(" | ")")]:
            raise SyntaxError("stray parenthesis")
        case _:
            raise SyntaxError(f"cannot parse {tokens!r}")


exprs = [
    BinOp("+", Num(1), BinOp("*", Num(2), Var("x"))),
    BinOp("*", BinOp("+", Var("x"), Num(0)), Num(1)),
    BinOp("-", BinOp("*", Var("y"), Num(3)), BinOp("*", Var("y"), Num(3))),
    BinOp("/", Num(1), BinOp("-", Var("x"), Var("x"))),
    BinOp("%", Num(1), Num(2)),
    BinOp("+", Var("z"), Num(1)),
    BinOp("*", BinOp("+", Num(2), Num(3)), BinOp("*", Num(0), Var("q"))),
]
env = {"x": 5, "y": 2}
for e in exprs:
    s = simplify(e)
    try:
        value = evaluate(e, env)
    except (NameError, ZeroDivisionError, ValueError) as err:
        value = f"{type(err).__name__}: {err}"
    print(f"{e!r:28} simplified {s!r:12} value {value}")

for toks in [[1, "+", 2, "*", "x"], ["a", "-", 3], [7], ["(", ], [1, 2], "x"]:
    try:
        tree = parse(toks)
        print(toks, "->", tree, "=", evaluate(tree, {"x": 10, "a": 1}))
    except SyntaxError as e:
        print(toks, "-> SyntaxError:", e)
try:
    evaluate("text", {})
except TypeError as e:
    print("TypeError:", e)
