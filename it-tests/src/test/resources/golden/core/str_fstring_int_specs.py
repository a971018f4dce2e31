# f-string format specs for integers: fill, align, sign, #, 0, width, grouping, types.

numbers = [0, 7, -7, 42, 255, -1000, 1234567, -98765432, 2 ** 40]
specs = ["", "d", "5d", "<8", ">8", "^8", "=8", "*^9", "+", "-", " ", "08", "+08", "#x", "#X", "#o",
         "#b", "x", "_x", "_b", ",", "_", ",d", "+,", "012,", "e", ".2e", ".3f", "%", "g", "n", "#08x", "0=+10"]
for n in numbers:
    cells = []
    for spec in specs:
        cells.append(f"{spec!r}=[{n:{spec}}]")
    print(n)
    for i in range(0, len(cells), 6):
        print("   " + " ".join(cells[i:i + 6]))

print(f"{65:c}{9731:c}{128512:c}")
for bad in ("s", ".2d", ",c", ",x", "z"):
    try:
        print(f"{5:{bad}}")
    except ValueError as e:
        print("ValueError:", e)
print(f"{True:d} {True:5} {False:+}")
print(f"{1234567890:_d} {0xFFFFFFFF:_X} {-255:#_b}")
width = 10
for sign in "+- ":
    print(f"[{42:{sign}{width}}] [{-42:{sign}{width}}]")
