# A tokenizer and recursive-descent parser/evaluator for arithmetic with variables and errors.

class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"{self.kind}:{self.text}"


class ParseError(Exception):
    pass


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            tokens.append(Token("NUM", src[start:i], start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("NAME", src[start:i], start))
        elif src.startswith("**", i):
            tokens.append(Token("OP", "**", i))
            i += 2
        elif ch in "+-*/%()=,":
            tokens.append(Token("OP", ch, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("END", "", len(src)))
    return tokens


class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}

    def __init__(self, tokens, env):
        self.tokens, self.pos, self.env = tokens, 0, env

    def peek(self):
        return self.tokens[self.pos]

    def take(self, text=None):
        tok = self.tokens[self.pos]
        if text is not None and tok.text != text:
            raise ParseError(f"expected {text!r} at {tok.pos}, found {tok.text or 'end of input'!r}")
        self.pos += 1
        return tok

    def statement(self):
        if self.peek().kind == "NAME" and self.tokens[self.pos + 1].text == "=":
            name = self.take().text
            self.take("=")
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        self.take("") if self.peek().kind == "END" else self.take("<end>")
        return value

    def expr(self):
        value = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.unary()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            rhs = self.unary()
            if op != "*" and rhs == 0:
                raise ParseError("division by zero")
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value

    def unary(self):
        if self.peek().text == "-":
            self.take()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text == "**":
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "NUM":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "NAME":
            if self.peek().text == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                if tok.text not in self.FUNCS:
                    raise ParseError(f"unknown function {tok.text!r}")
                return self.FUNCS[tok.text](*args)
            if tok.text not in self.env:
                raise ParseError(f"undefined variable {tok.text!r}")
            return self.env[tok.text]
        if tok.text == "(":
            value = self.expr()
            self.take(")")
            return value
        raise ParseError(f"unexpected {tok.text or 'end of input'!r} at {tok.pos}")


env = {}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 10", "y = x / 4", "x * y - 1", "7 % 3 + max(1, x, 3)",
         "abs(-2.5) + min(4, 2)", "1 / 0", "2 +", "(1 + 2", "foo(1)", "z * 2", "3 $ 4", "1.5 * 4", "x = x + 1", "x"]
print(tokenize("a1 = (b + 2.5) ** 2"))
for line in lines:
    try:
        print(f"{line:<22} => {Parser(tokenize(line), env).statement()!r}")
    except ParseError as e:
        print(f"{line:<22} !! {e}")
print(sorted(env.items()))
