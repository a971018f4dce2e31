# f-strings: the '=' debug form, conversions, expressions and PEP 701 quoting (3.12).

x = 10
name = "Ada"
items = [1, 2, 3]
print(f"{x=}")
print(f"{x = }")
print(f"{x=:5}")
print(f"{x = :>5}|")
print(f"{name=}", f"{name=!s}", f"{name=!a}", f"{name = !r:>10}")
print(f"{x * 2 + 1=}", f"{items[1:]=}", f"{len(items)=}")
print(f"{3.14159=:.2f}", f"{'quoted'=}", f"{x if x > 5 else -x=}")
print(f"{name!r} {name!s} {name!a} {'é'!a} {'é'!r}")
print(f"{x:#x} {x:08b} {x/3:.4} {x:{'>'}{6}}|")

# PEP 701: the same quotes inside the replacement field, backslashes and comments
words = ["alpha", "beta"]
print(f"{", ".join(words)}")
print(f"{"\n".join(words)}")
print(f"{'\t'.join(words)!r}")
print(f"{f"{f"{x}"}"}")
print(f"{
    x
    + 1  # a comment inside the field
}")
d = {"key": "value", "n": 3}
print(f"{d["key"]} {d['n'] * 2}")
print(f"{'{'}{x}{'}'} {{x}} {{{x}}}")
print(f"{x!r:^7}|{x:}|{x!s:<3}|")
print(f"{'lambda':>10}", f"{(lambda y: y * 2)(21)}", f"{[i * i for i in range(4)]}")
print(f"{x:{x}}", f"{x:{x}.{x // 5}f}")
print(f"""multi
{x}
line""")
a, b = 3, 4
print(f"{a=}, {b=}, {a*b=}, {a==b=}, {(a, b)=}")
print(f"{'nested {braces}'}", F"{x}", fr"{x}\n", rf"\d{x}")
print(f"{x!r}" + f"{name}" f"{x}")
print(f"{x=!r:>4}|{name=:.2}|")
