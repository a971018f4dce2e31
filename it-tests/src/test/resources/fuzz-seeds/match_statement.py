def describe(command):
    match command.split():
        case ["go", direction] if direction in ("north", "south"):
            return f"going {direction}"
        case ["take", *items]:
            return "taking " + ", ".join(items)
        case [("quit" | "exit")]:
            return "bye"
        case {"action": action, **rest}:
            return action
        case Point(x=0, y=0) as origin:
            return origin
        case 1 | 2.5 | -3 | 1+2j | "s" | b"b" | None | True:
            return "literal"
        case _:
            return "unknown"
