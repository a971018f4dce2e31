# Where pattern captures are bound: class bodies, module level, functions with globals and
# closures; comprehensions inside case blocks see the captured names.
config = ("debug", 3)


class Settings:
    match config:
        case (str(mode), int(level)):
            description = f"{mode} at level {level}"
        case _:
            description = "default"
    squares = [i * i for i in range(level)]


print(Settings.description, Settings.mode, Settings.level, Settings.squares)

match {"user": "ann", "roles": ["admin", "dev"]}:
    case {"user": user, "roles": [*roles]}:
        upper = [r.upper() for r in roles if r != user]
print(user, roles, upper)


def outer(data):
    match data:
        case [head, *tail]:
            def show():
                return f"head={head} tail={tail}"
            summary = {k: head for k in tail}
            return show(), summary
        case _:
            return None


print(outer([1, 2, 3]))


def rebinding():
    x = "before"
    match [1, 2]:
        case [x, 3]:
            pass
        case [_, x]:
            pass
    return x


print(rebinding())


def loop_rebinding(items):
    seen = []
    for item in items:
        match item:
            case (key, value):
                seen.append(key)
            case key:
                seen.append(f"bare {key}")
    return seen, key


print(loop_rebinding([("a", 1), "b", ("c", 3)]))


def lambda_over_capture(v):
    match v:
        case {"f": factor}:
            return list(map(lambda n: n * factor, range(4)))


print(lambda_over_capture({"f": 3}))

names_before = set(globals())
match (1, (2, 3)):
    case (first_g, (second_g, third_g)):
        pass
print(sorted(set(globals()) - names_before - {"names_before"}))
