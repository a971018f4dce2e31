# match statements inside generators, closures and methods; patterns against yielded/sent values.
def dispatcher():
    handled = []
    while True:
        msg = yield len(handled)
        match msg:
            case ("add", x, y):
                handled.append(x + y)
            case ("neg", x):
                handled.append(-x)
            case ("dump",):
                print("  dump:", handled)
            case None:
                return handled
            case unknown:
                print("  unknown message", unknown)


d = dispatcher()
next(d)
for m in [("add", 1, 2), ("neg", 5), ("mul", 2, 3), ("dump",), ("add", "a", "b")]:
    print(m, "->", d.send(m))
try:
    d.send(None)
except StopIteration as e:
    print("returned", e.value)


def classifier(kinds):
    def classify(value):
        match value:
            case int() if "int" in kinds:
                return "int"
            case str() if "str" in kinds:
                return "str"
            case _:
                return "other"
    return classify


c = classifier({"int"})
print([c(v) for v in [1, "a", 2.0]])


def tokens(text):
    for word in text.split():
        match list(word):
            case ["#", *tag]:
                yield ("tag", "".join(tag))
            case ["@", *user] if user:
                yield ("mention", "".join(user))
            case [*chars] if all(ch.isdigit() for ch in chars):
                yield ("number", int(word))
            case _:
                yield ("word", word)


print(list(tokens("hi @ann see #python 42 times @ ok")))
print(sorted({kind for kind, _ in tokens("#a #b 1 x @y")}))


class Machine:
    def __init__(self):
        self.state = "off"

    def press(self, button):
        match self.state, button:
            case "off", "power":
                self.state = "on"
            case "on", "power":
                self.state = "off"
            case "on", ("up" | "down") as b:
                self.state = "on"
                return f"volume {b}"
            case state, b:
                return f"ignored {b} while {state}"
        return self.state


m = Machine()
print([m.press(b) for b in ["up", "power", "up", "down", "power", "power", "mute"]])
