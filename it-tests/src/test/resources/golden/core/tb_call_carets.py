# A failing call inside a bigger expression is underlined with ^ from the callee to the closing parenthesis.

def show(table):
    for key in sorted(table):
        print(" ", key, "=", table[key])


show({"a": 1, "b": 2})


def lookup(table, key):
    return table[key]


def describe(table):
    return "values: " + str(lookup(table, "a")) + ", " + str(lookup(table, "b")) + "."


tables = [{"a": 1, "b": 2}, {"a": 3}]
for t in tables:
    print(describe(t))
