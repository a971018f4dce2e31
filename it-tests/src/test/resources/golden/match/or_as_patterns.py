# Or-patterns (with bindings in every alternative) and as-patterns at every level.
def parse_flag(arg):
    match arg:
        case "-v" | "--verbose":
            return "verbose"
        case "-q" | "--quiet" | "--silent":
            return "quiet"
        case ("-o" | "--output") as opt:
            return f"output flag {opt}"
        case str() as other if other.startswith("-"):
            return f"unknown flag {other}"
        case _:
            return f"positional {arg!r}"


print([parse_flag(a) for a in ["-v", "--silent", "--output", "-x", "file.txt", 3]])


def point_like(p):
    match p:
        case (x, 0) | (0, x):
            return f"on an axis at {x}"
        case [x, y] | {"x": x, "y": y}:
            return f"point {x},{y}"
        case (1 | 2 | 3) as small:
            return f"small number {small}"
        case [(1 | 2) as a, (3 | 4) as b] as whole:
            return f"unreachable {a} {b} {whole}"
    return "no"


for p in [(5, 0), (0, 7), (0, 0), [1, 2], {"x": 9, "y": 8, "z": 0}, 2, 4, "12"]:
    print(repr(p), "->", point_like(p))


def nested_as(data):
    match data:
        case [[_, _] as pair, *rest] as everything:
            return f"pair={pair} rest={rest} len={len(everything)}"
        case {"user": {"name": str() as name} as user} as root:
            return f"name={name} user_keys={sorted(user)} root_keys={sorted(root)}"
        case (int() | float()) as number:
            return f"number {number}"
    return "no"


print(nested_as([[1, 2], 3, 4]))
print(nested_as({"user": {"name": "ann", "age": 5}, "v": 1}))
print(nested_as(2.5), nested_as("x"))


def alternatives_order(x):
    match x:
        case [a, 1] | [1, a] | [a]:
            pass
        case _:
            a = None
    return a


print(alternatives_order([7, 1]), alternatives_order([1, 8]), alternatives_order([9]), alternatives_order([2, 2]))


def deep_or(v):
    match v:
        case {"k": [1, (2 | 3) as inner] | [(4 | 5) as inner]}:
            return f"inner {inner}"
    return "no"


print(deep_or({"k": [1, 3]}), deep_or({"k": [5]}), deep_or({"k": [1, 4]}))
