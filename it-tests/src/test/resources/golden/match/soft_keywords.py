# `match`, `case` and `_` stay usable as ordinary names; the statement is recognized by context.
match = [1, 2, 3]
case = {"a": 1}
_ = "underscore"
print(match, case, _)
print(match[0], case["a"])


def match(x):
    return f"match() called with {x}"


print(match(1))
match = {"k": "v"}
match match:
    case {"k": v}:
        print("matched a dict named match:", v)

case = "case"
match case:
    case "case":
        print("subject named case")

match (1, 2):
    case (a, b):
        print("parenthesized subject", a, b)

match -1, "x":
    case (-1, str(s)):
        print("tuple subject without parentheses", s)

items = [1, 2]
match *items, 3:
    case [1, 2, 3]:
        print("starred subject builds a tuple")


class match_case:
    match = 1
    case = 2


print(match_case.match + match_case.case)
match = lambda *args: len(args)
print(match(1, 2, 3))
print([match for match in range(3)])


def _(x):
    return x * 2


print(_(21))
match 5:
    case _:
        print("wildcard did not rebind _:", _(1))

match (match):
    case str():
        print("no")
    case f if callable(f):
        print("callable subject in parentheses")
