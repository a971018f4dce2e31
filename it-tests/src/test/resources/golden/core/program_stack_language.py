# An interpreter for a tiny Forth-like stack language with words, conditionals and loops.

class StackError(Exception):
    pass


class Machine:
    def __init__(self):
        self.stack = []
        self.words = {}
        self.output = []

    def pop(self):
        if not self.stack:
            raise StackError("stack underflow")
        return self.stack.pop()

    def run(self, source):
        self.execute(source.split())

    def execute(self, tokens):
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok == ":":
                end = tokens.index(";", i)
                self.words[tokens[i + 1]] = tokens[i + 2:end]
                i = end + 1
                continue
            if tok == "if":
                depth, j = 1, i + 1
                else_at = None
                while depth:
                    if tokens[j] == "if":
                        depth += 1
                    elif tokens[j] == "then":
                        depth -= 1
                    elif tokens[j] == "else" and depth == 1:
                        else_at = j
                    j += 1
                body = tokens[i + 1:else_at] if else_at else tokens[i + 1:j - 1]
                alt = tokens[else_at + 1:j - 1] if else_at else []
                self.execute(body if self.pop() else alt)
                i = j
                continue
            if tok == "times":
                end = tokens.index("end", i)
                count = self.pop()
                for _ in range(count):
                    self.execute(tokens[i + 1:end])
                i = end + 1
                continue
            self.step(tok)
            i += 1

    def step(self, tok):
        binary = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
                  "/": lambda a, b: a // b, "mod": lambda a, b: a % b, "<": lambda a, b: int(a < b),
                  "=": lambda a, b: int(a == b), ">": lambda a, b: int(a > b)}
        if tok.lstrip("-").isdigit():
            self.stack.append(int(tok))
        elif tok in binary:
            b, a = self.pop(), self.pop()
            if tok in ("/", "mod") and b == 0:
                raise StackError("division by zero")
            self.stack.append(binary[tok](a, b))
        elif tok == "dup":
            v = self.pop()
            self.stack += [v, v]
        elif tok == "drop":
            self.pop()
        elif tok == "swap":
            b, a = self.pop(), self.pop()
            self.stack += [b, a]
        elif tok == "over":
            b, a = self.pop(), self.pop()
            self.stack += [a, b, a]
        elif tok == ".":
            self.output.append(str(self.pop()))
        elif tok in self.words:
            self.execute(self.words[tok])
        else:
            raise StackError(f"unknown word {tok!r}")


programs = [
    "2 3 + 4 * .",
    ": square dup * ; 7 square . 12 square .",
    ": fact 1 swap times over * swap 1 - swap end swap drop ; 5 5 fact .",
    "10 3 mod . 10 3 / . 3 10 < .",
    ": sign dup 0 < if drop -1 else 0 > if 1 else 0 then then ; -5 sign . 0 sign . 9 sign .",
    "1 10 times dup . 2 * end drop",
    ": fib 0 1 rot ; 1 2",
    "5 0 /",
    "+",
    "1 2 3 drop drop drop drop",
]
for src in programs:
    m = Machine()
    try:
        m.run(src)
        print(f"{src:<70} -> {' '.join(m.output)} | stack {m.stack}")
    except StackError as e:
        print(f"{src:<70} !! {e} (output so far: {' '.join(m.output)})")
