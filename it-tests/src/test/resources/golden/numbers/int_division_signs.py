# Floor division and modulo take the sign of the divisor; divmod agrees with // and %.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (1, 10**20), (-1, 10**20),
         (10**40 + 3, 7), (-(10**40) - 3, 7), (10**40, -(10**20) - 1), (-2**63, -1), (2**63, -1)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, q, r, q * b + r == a)
for a, b in [(5, 0), (0, 0), (10**30, 0), (-1, 0)]:
    for name, f in [("//", lambda: a // b), ("%", lambda: a % b), ("divmod", lambda: divmod(a, b)),
                    ("/", lambda: a / b)]:
        try:
            f()
        except ZeroDivisionError as e:
            print(name, a, b, "ZeroDivisionError:", e)
print(divmod(True, 3), divmod(-5, True), 7 // True, -7 % -3)
