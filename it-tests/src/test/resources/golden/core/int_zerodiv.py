# Every way to divide by zero, with the exact messages.

def show(label, fn):
    try:
        result = fn()
    except ZeroDivisionError as e:
        print(f"{label:<22} ZeroDivisionError: {e}")
        print("   args:", e.args, "is ArithmeticError:", isinstance(e, ArithmeticError))
    else:
        print(f"{label:<22} = {result!r}")


show("1 / 0", lambda: 1 / 0)
show("1 // 0", lambda: 1 // 0)
show("1 % 0", lambda: 1 % 0)
show("divmod(1, 0)", lambda: divmod(1, 0))
show("1.0 / 0", lambda: 1.0 / 0)
show("1 / 0.0", lambda: 1 / 0.0)
show("1.0 // 0.0", lambda: 1.0 // 0.0)
show("1.0 % 0.0", lambda: 1.0 % 0.0)
show("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0))
show("0 ** -1", lambda: 0 ** -1)
show("0.0 ** -1", lambda: 0.0 ** -1)
show("2 ** 100 // 0", lambda: 2 ** 100 // 0)
show("0 / 0", lambda: 0 / 0)
show("True / False", lambda: True / False)
show("1j / 0", lambda: 1j / 0)
show("pow(5, -1, 1)", lambda: pow(5, -1, 1))
show("0 // 5", lambda: 0 // 5)
show("-0.0 / 1", lambda: -0.0 / 1)

x = 10
try:
    x //= 0
except ZeroDivisionError as e:
    print("augmented:", e, "x still", x)

try:
    x %= 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__, e)

total = 0
for d in [5, 2, 0, 1, 0, 4]:
    try:
        total += 100 // d
    except ZeroDivisionError:
        total -= 1
print("total", total)
