# A tokenizer written as a generator state machine feeding a recursive-descent evaluator.
def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            yield ("NUM", float(text) if "." in text else int(text))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            yield ("NAME", src[start:i])
        elif src.startswith("**", i):
            yield ("OP", "**")
            i += 2
        elif ch in "+-*/()%,":
            yield ("OP", ch)
            i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
    yield ("END", None)


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.env = env
        self.current = next(tokens)

    def advance(self):
        tok = self.current
        self.current = next(self.tokens)
        return tok

    def expect(self, kind, value=None):
        if self.current[0] != kind or (value is not None and self.current[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {self.current}")
        return self.advance()

    def expr(self):
        value = self.term()
        while self.current in (("OP", "+"), ("OP", "-")):
            op = self.advance()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.power()
        while self.current[0] == "OP" and self.current[1] in "*/%":
            op = self.advance()[1]
            rhs = self.power()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def power(self):
        base = self.unary()
        if self.current == ("OP", "**"):
            self.advance()
            return base ** self.power()
        return base

    def unary(self):
        if self.current == ("OP", "-"):
            self.advance()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, value = self.current
        if kind == "NUM":
            self.advance()
            return value
        if kind == "NAME":
            self.advance()
            if self.current == ("OP", "("):
                self.advance()
                args = [self.expr()]
                while self.current == ("OP", ","):
                    self.advance()
                    args.append(self.expr())
                self.expect("OP", ")")
                return self.env[value](*args)
            return self.env[value]
        if (kind, value) == ("OP", "("):
            self.advance()
            v = self.expr()
            self.expect("OP", ")")
            return v
        raise SyntaxError(f"unexpected {self.current}")


env = {"x": 7, "y": 2.5, "max": max, "min": min, "abs": abs}
for source in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x % 3", "max(x, y * 4, 3) / 2",
               "min(abs(-4), 10 - x) ** 2", "1.5 + .5", "x * (y", "3 $ 4", "unknown + 1"]:
    print("tokens:", [t[1] for t in tokenize(source) if t[0] != "END"] if "$" not in source else "(bad)")
    try:
        print(f"  {source} = {Parser(tokenize(source), env).expr()!r}")
    except SyntaxError as e:
        print(f"  {source}: SyntaxError: {e}")
    except KeyError as e:
        print(f"  {source}: unknown name {e}")
