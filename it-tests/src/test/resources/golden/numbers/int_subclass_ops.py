# int subclasses: operators return plain ints, overridden methods win (reflected ones first when
# the right operand's class is the subclass), format with an empty spec uses str().
class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
    def __str__(self):
        return f"${int(self)}"
    def __add__(self, other):
        return Money(int(self) + int(other))
    def __radd__(self, other):
        return Money(int(other) + int(self) + 1000)
m = Money(5)
print(m, repr(m), m + 3, 3 + m, type(m * 2).__name__, type(-m).__name__, m * 2, m == 5, hash(m) == hash(5))
print(f"{m}", f"{m:d}", f"{m:>6}", format(m, ""), str(m), m.real, type(m.real).__name__, m.bit_length())
class Exp(int):
    def __rpow__(self, other):
        return "rpow"
print(2 ** Exp(3), Exp(3) ** 2, pow(2, Exp(3)))
class Flag(int):
    pass
f = Flag(12)
f.note = "kept"
print(f, f.note, f + 1, type(f + 1).__name__, isinstance(f, int), Flag("ff", 16), Flag(), type(Flag(3.7)).__name__)
print(int(f), type(int(f)).__name__, f.__index__(), type(f.__index__()).__name__, divmod(f, 5), f // Flag(5))
