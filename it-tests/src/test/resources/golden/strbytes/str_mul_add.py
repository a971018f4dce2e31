# Concatenation and repetition, in-place forms, the reflected methods of other operands, and errors.
s = "ab"
print(s + "cd", s * 3, 3 * s, s * 0, s * -2, repr("" * 5), s * True, s.__mul__(2), s.__rmul__(2), s.__add__("!"))
t = s
t += "x"
t *= 2
print(t, s)

class Count:
    def __index__(self):
        return 3

print(s * Count(), Count() * "x")

class Loud:
    def __radd__(self, other):
        return "radd:" + other

    def __rmul__(self, other):
        return "rmul:" + other

print("x" + Loud(), "x" * Loud())
u = "x"
u += Loud()
print(u)

class Sub(str):
    def __add__(self, other):
        return "Sub+" + str.__add__(self, other)

    def __radd__(self, other):
        return "radd " + other

print(Sub("a") + "b", "b" + Sub("a"), type(Sub("a") * 2).__name__, Sub("q") * 2)
for call in [lambda: s + 1, lambda: 1 + s, lambda: s + None, lambda: s * 1.5, lambda: 2.5 * s, lambda: s * "a",
             lambda: s * [1], lambda: s - "a", lambda: -s, lambda: s.__add__(1), lambda: s.__mul__("a"),
             lambda: s * 10**30, lambda: s / 2, lambda: s + b"x"]:
    try:
        print(call())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
v = "q"
try:
    v += 1
except TypeError as e:
    print("TypeError:", e)
try:
    v *= 1.5
except TypeError as e:
    print("TypeError:", e)
