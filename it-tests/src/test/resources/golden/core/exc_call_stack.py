# An exception unwinds through several functions; each level cleans up and may add information.

trace = []


class Resource:
    def __init__(self, name):
        self.name = name
        trace.append(f"open {name}")

    def close(self):
        trace.append(f"close {self.name}")


def parse_line(line, number):
    key, sep, value = line.partition("=")
    if not sep:
        raise ValueError(f"line {number}: missing '='")
    return key.strip(), int(value)


def parse_file(lines):
    res = Resource("file")
    try:
        return dict([parse_line(line, i) for i, line in enumerate(lines, 1)])
    finally:
        res.close()


def load_config(lines):
    res = Resource("config")
    try:
        return parse_file(lines)
    except ValueError as e:
        e.add_note("while loading the configuration")
        raise
    finally:
        res.close()


def main(lines):
    trace.clear()
    try:
        config = load_config(lines)
    except ValueError as e:
        print("failed:", e, e.__notes__)
    else:
        print("loaded:", config)
    print("   ", trace)


main(["a = 1", "b = 2"])
main(["a = 1", "b 2"])
main(["a = 1", "b = two"])


def level(n):
    if n == 0:
        return 1 / 0
    try:
        return level(n - 1)
    except ZeroDivisionError as e:
        raise ArithmeticError(f"level {n}") from e


try:
    level(3)
except ArithmeticError as e:
    chain = []
    while e:
        chain.append(str(e))
        e = e.__cause__
    print(" <- ".join(chain))
