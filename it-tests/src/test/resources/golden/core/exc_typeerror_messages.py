# TypeError messages for unsupported operand types, unary operators, and calls.

values = {"int": 1, "str": "s", "list": [1], "None": None, "dict": {}, "float": 1.5, "tuple": (1,), "set": {1}}
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
       "//": lambda a, b: a // b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b, "<<": lambda a, b: a << b,
       "&": lambda a, b: a & b, "@": lambda a, b: a @ b, "<": lambda a, b: a < b}
pairs = [("int", "str"), ("str", "int"), ("list", "None"), ("None", "None"), ("dict", "dict"), ("float", "list"),
         ("tuple", "list"), ("set", "int"), ("str", "float")]
for left, right in pairs:
    for sym, fn in ops.items():
        try:
            fn(values[left], values[right])
        except TypeError as e:
            print(f"{left} {sym} {right}: {e}")
for name, v in values.items():
    for sym, fn in (("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x), ("abs", abs)):
        try:
            fn(v)
        except TypeError as e:
            print(f"{sym}{name}: {e}")
