name = "world"
width = 10
value = 3.14159
print(f"hello {name}!")
print(f"{name!r:>{width}} {value:.2f} {value=}")
print(f"{'nested ' + f'{name}'} {{literal braces}}")
print(F"""multi
line {name.upper()}
""")
print(rf"raw \d {name}", f"{3 + 4 = }", f"{[x for x in range(3)]}")
print(f"{name:{width}}|{value:{'>'}{width}.{2}f}")
