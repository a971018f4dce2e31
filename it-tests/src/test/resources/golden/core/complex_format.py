# Formatting complex numbers: repr rules, format specs, f-strings.

zs = [1 + 2j, -1.5 + 0.25j, 1e20 + 1e-20j, complex(0.1, 0.2), 3j, complex(3, 0), complex(-0.0, 0.0),
      complex(float("inf"), float("nan")), complex(1, -0.0), 1 / 3 + 2 / 3j]
for z in zs:
    print(repr(z), format(z), format(z, ".2f"), format(z, "^30.3e"), format(z, "+g"), f"{z:>25}")

print(f"{1 + 2j!r} {1 + 2j!s} {(1 + 2j).real:.1f}")
print("%s %r" % (1 + 2j, 2 - 1j))
print(str([1j, -1j, 1 + 0j]), str((2j,)))
print(format(1 + 2j, "10"), "|", format(1 + 2j, "<20,.2f"), "|", format(12345.678 + 9876.5j, ",.1f"))
for spec in ("d", "%", "020"):
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print("ValueError:", e)
print(complex(1, 2).__repr__(), (1 + 2j).__format__(".1f"), hash(1 + 0j) == hash(1))
print(complex.__name__, type(1j).__mro__, isinstance(1j, complex), isinstance(1, complex))

# Building a table of complex values
rows = [(k, complex(k, -k / 2)) for k in range(-2, 3)]
for k, z in rows:
    print(f"|{k:>3}|{z!s:<12}|{z:^16.2f}|{abs(z):8.4f}|")
