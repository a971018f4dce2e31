# A dispatch table of functions in a dict: a tiny calculator REPL fed from a list of commands.

def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def div(a, b):
    return a / b


OPS = {"+": add, "-": sub, "*": lambda a, b: a * b, "/": div, "**": pow, "max": max}

memory = {}


def run(line):
    parts = line.split()
    if parts[0] == "let":
        memory[parts[1]] = float(parts[3])
        return f"{parts[1]} = {memory[parts[1]]}"
    if parts[0] == "vars":
        return ", ".join([f"{k}={v}" for k, v in sorted(memory.items())]) or "(none)"

    def value(tok):
        return memory[tok] if tok in memory else float(tok)

    a, op, b = parts
    return OPS[op](value(a), value(b))


commands = ["vars", "1 + 2", "let x = 10", "x * 3", "x / 4", "2 ** 10", "x max 42", "let y = -2.5",
            "x - y", "vars", "1 / 0", "3 % 2", "q + 1", "1 +", "let z = abc"]
for cmd in commands:
    try:
        print(f"{cmd:<14} => {run(cmd)}")
    except ZeroDivisionError as e:
        print(f"{cmd:<14} !! division by zero ({e})")
    except KeyError as e:
        print(f"{cmd:<14} !! unknown operator {e}")
    except ValueError as e:
        print(f"{cmd:<14} !! bad input: {e}")
print(sorted(OPS), OPS["+"].__name__, OPS["*"].__name__, OPS["**"].__name__)
