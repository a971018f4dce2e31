# Nested replacement fields in format specs; __format__ on user types.

def table(rows, widths, aligns):
    for row in rows:
        print("|" + "|".join([f"{cell:{align}{width}}" for cell, width, align in zip(row, widths, aligns)]) + "|")


table([("name", "qty", "price"), ("apple", 3, 1.5), ("fig", 12, 0.25)], [8, 5, 7], ["<", ">", "^"])

for precision in range(0, 5):
    print(f"{3.14159265:.{precision}f}", f"{2 / 3:{precision + 6}.{precision}%}")

fill, align, width = "~", "^", 15
print(f"[{'centre':{fill}{align}{width}}]")
print(f"[{12345.678:{'0'}{'>'}{12},.{1}f}]")


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CFK" else "C"
        body = spec[:-1] if spec and spec[-1] in "CFK" else spec
        value = {"C": self.celsius, "F": self.celsius * 9 / 5 + 32, "K": self.celsius + 273.15}[unit]
        return format(value, body or ".1f") + "°" + unit

    def __str__(self):
        return f"{self.celsius}C"

    def __repr__(self):
        return f"Temperature({self.celsius})"


t = Temperature(21.5)
print(f"{t}", f"{t:F}", f"{t:.3K}", f"{t:>10.0C}", f"{t!s}", f"{t!r}", format(t, "F"), "{:K}".format(t))


class Plain:
    def __repr__(self):
        return "Plain()"


print(f"{Plain()}", f"{Plain()!s:>9}", format(Plain()), format(Plain(), ""))
try:
    f"{Plain():>5}"
except TypeError as e:
    print("TypeError:", e)


class BadFormat:
    def __format__(self, spec):
        return 42


try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)

matrix = [[1, 22, 333], [4444, 5, 66]]
w = max([len(str(v)) for row in matrix for v in row])
for row in matrix:
    print(" ".join([f"{v:>{w}}" for v in row]))
print(f"{'|'.join([f'{v:03}' for v in matrix[0]])}")
