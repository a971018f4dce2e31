# return, break, continue, nested loops and nested match statements inside case blocks.
def first_number(items):
    for item in items:
        match item:
            case int() | float() as n:
                return n
            case str() if item.isdigit():
                return int(item)
            case None:
                continue
            case "STOP":
                break
    return "none found"


print(first_number([None, "x", "42", 7]), first_number([None, "STOP", 1]), first_number(["a", 2.5]))


def tokenize(text):
    out = []
    i = 0
    while i < len(text):
        match text[i]:
            case " ":
                i += 1
                continue
            case "(" | ")" as paren:
                out.append(paren)
            case d if d.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                out.append(int(text[i:j]))
                i = j
                continue
            case "+" | "-" | "*" as op:
                out.append(op)
            case "#":
                break
            case other:
                out.append(f"?{other}")
        i += 1
    return out


print(tokenize("12 + (3*45) - x # comment"))


def nested(cmd):
    match cmd:
        case ["set", key, value]:
            match value:
                case "true" | "false":
                    return key, value == "true"
                case v if v.lstrip("-").isdigit():
                    return key, int(v)
                case _:
                    return key, value
        case ["get", key]:
            match key.split("."):
                case [single]:
                    return "top-level", single
                case [*path, leaf]:
                    return "nested", path, leaf
    return None


for c in (["set", "a", "true"], ["set", "b", "-12"], ["set", "c", "text"], ["get", "x"], ["get", "x.y.z"], ["rm"]):
    print(c, "->", nested(c))


def with_try(value):
    match value:
        case [x, y]:
            try:
                return x / y
            except ZeroDivisionError:
                return "div0"
            finally:
                print("  finally in case block")
        case _:
            return "not a pair"


print(with_try([1, 2]), with_try([1, 0]), with_try(5))


def counts(items):
    tally = {"ints": 0, "strs": 0, "other": 0}
    for item in items:
        match item:
            case int():
                tally["ints"] += 1
            case str():
                tally["strs"] += 1
            case _:
                tally["other"] += 1
    else:
        tally["done"] = True
    return tally


print(counts([1, "a", 2, None, [], "b"]))
