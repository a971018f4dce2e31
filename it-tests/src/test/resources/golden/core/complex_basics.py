# complex numbers: literals, constructor forms, arithmetic and repr.

values = [1j, 2 + 3j, -1.5 - 2j, complex(1), complex(0, -0.0), complex("3+4j"), complex(" -2.5e1-1j "),
          complex("j"), complex("-j"), complex("1e3j"), complex(2, 0), complex(-0.0, 1), 0j, -(0j)]
for z in values:
    print(repr(z), str(z), z.real, z.imag, type(z.real).__name__)

a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, b ** -1, -a, +a, abs(a), a.conjugate())
print(a == 3 + 4j, a != b, a == complex(3, 4), 1 + 0j == 1, 1j * 1j, (1j) ** 2 == -1)
print(a + 1, 1 + a, a * 2.5, 2 / a, a - True, a ** 0, 0j ** 1)
print((1 + 2j) * (3 - 4j), (5 + 0j) / (1 + 1j), pow(1j, 2), pow(2, 1j) == 2 ** 1j)
print(abs(3 - 4j), abs(1j), abs(-2 + 0j), abs(complex(1e300, 1e300)) > 1e300)

for s in ("1+2j", "(1+2j)", "1.5-0.5J", "infj", "nan+nanj", "-inf-infj", "1_0+2_0j"):
    print(repr(s), complex(s))

for bad in ("1+2", "j1", "1 + 2j", "", "1+2jj", "((1+2j))"):
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError:", e)

for op in ("<", "floordiv", "mod", "int", "float"):
    try:
        if op == "<":
            a < b
        elif op == "floordiv":
            a // b
        elif op == "mod":
            a % b
        elif op == "int":
            int(a)
        else:
            float(a)
    except TypeError as e:
        print("TypeError:", e)

try:
    print(a / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0j ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
