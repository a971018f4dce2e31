# repr/str of complex (no parentheses when the real part is +0.0; signed zeros, inf, nan),
# format specs, hash, conjugate and attributes.
for z in [0j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1j, -1j, 1 + 2j, 1.5 - 2.25j,
          1e16 + 1e-5j, complex(1e300, -1e300), complex(float("inf"), float("-inf")), complex(float("nan"), 1),
          complex(0, float("nan")), 123456789012345678j, 0.1 + 0.2j]:
    print(repr(z), str(z), hash(z) if z == z else "nan", z.conjugate(), z.real, z.imag)
specs = ["", ".2f", "e", ".3g", "10.1f", "<20", "^22.2f", "+.1f", " g", "F", ".0f", "#.0f", ",.2f", "_g", "n", "r" if False else "G"]
for z in [1 + 2j, -1.5 - 0.25j, 1j, 1e20 + 3j, complex(float("inf"), float("nan"))]:
    print([format(z, s) for s in specs])
for spec in ["d", "%", "=^10", "010", "c", "s"]:
    try:
        print(format(1 + 1j, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print(f"{3 - 4j}", f"{3 - 4j:.1f}", f"{2j:>8}", (1 + 2j).__getnewargs__(), (1 + 2j).__complex__(), hash(2.5 + 0j) == hash(2.5))
print(sorted([n for n in dir(complex) if not n.startswith("_")]))
