# A tiny Lisp: reader with match on characters, evaluator with match on list forms.
def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()


def read(tokens):
    match tokens.pop(0):
        case "(":
            out = []
            while tokens[0] != ")":
                out.append(read(tokens))
            tokens.pop(0)
            return out
        case ")":
            raise SyntaxError("unexpected )")
        case tok if tok.lstrip("-").isdigit():
            return int(tok)
        case tok:
            return tok


class Env(dict):
    def __init__(self, names=(), values=(), outer=None):
        super().__init__(zip(names, values))
        self.outer = outer

    def find(self, name):
        if name in self:
            return self
        if self.outer is None:
            raise NameError(f"undefined symbol {name}")
        return self.outer.find(name)


def evaluate(x, env):
    match x:
        case int():
            return x
        case str(name):
            return env.find(name)[name]
        case ["quote", expr]:
            return expr
        case ["if", test, then, other]:
            return evaluate(then if evaluate(test, env) else other, env)
        case ["define", str(name), expr]:
            env[name] = evaluate(expr, env)
            return name
        case ["lambda", [*params], body]:
            return lambda *args: evaluate(body, Env(params, args, env))
        case ["begin", *exprs] if exprs:
            for e in exprs[:-1]:
                evaluate(e, env)
            return evaluate(exprs[-1], env)
        case ["let", [*bindings], body]:
            names = [b[0] for b in bindings]
            values = [evaluate(b[1], env) for b in bindings]
            return evaluate(body, Env(names, values, env))
        case [op, *args]:
            fn = evaluate(op, env)
            return fn(*[evaluate(a, env) for a in args])
        case []:
            raise SyntaxError("empty application")


def standard_env():
    env = Env()
    env.update({"+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
                "*": lambda a, b: a * b, "<": lambda a, b: a < b, "=": lambda a, b: a == b,
                "list": lambda *a: list(a), "car": lambda l: l[0], "cdr": lambda l: l[1:],
                "null?": lambda l: l == []})
    return env


def to_str(v):
    match v:
        case True:
            return "#t"
        case False:
            return "#f"
        case list():
            return "(" + " ".join(to_str(i) for i in v) + ")"
        case _ if callable(v):
            return "<procedure>"
        case _:
            return str(v)


env = standard_env()
programs = [
    "(+ 1 2 3)",
    "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
    "(fact 20)",
    "(define len (lambda (l) (if (null? l) 0 (+ 1 (len (cdr l))))))",
    "(len (list 1 2 3 4))",
    "(let ((x 2) (y 3)) (* x y))",
    "(begin (define a 5) (define b (* a a)) (- b))",
    "(quote (a b (c)))",
    "(car (quote (x y)))",
    "(= 1 1)",
    "(lambda (x) x)",
    "(undefined 1)",
    "())",
    "()",
]
for src in programs:
    try:
        print(f"{src:60} => {to_str(evaluate(read(tokenize(src)), env))}")
    except (SyntaxError, NameError) as e:
        print(f"{src:60} => {type(e).__name__}: {e}")
