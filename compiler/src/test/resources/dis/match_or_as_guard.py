def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            return direction
        case ["drop", *objects] if objects:
            return objects
        case [("a" | "b") as x, y] | [y, ("c" | "d") as x]:
            return x, y
        case [cmd] if cmd in ("quit", "exit"):
            return None
        case _ if cmd:
            return "unknown"
        case _:
            return ""
