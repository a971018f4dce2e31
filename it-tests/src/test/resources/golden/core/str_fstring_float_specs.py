# f-string specs for floats together with conversion flags and width/precision from variables.

prices = {"coffee": 3.5, "bagel": 2.25, "juice": 4.0, "muffin": 12345.678}
for item, price in prices.items():
    print(f"{item:<10}{price:>12,.2f}{price:>10.1e}{price / 100:>9.1%}{price:>10g}")

for v in (0.0001234, 0.5, 123.456, 1e10, -7.0):
    print(f"{v:f}|{v:.1f}|{v:10.3f}|{v:<10.2e}|{v:^10.3g}|{v:+.0f}|{v: .2f}|{v:010.2f}|{v:#.0f}|{v:G}")

rate = 0.0725
for width in (6, 9):
    for precision in (0, 2):
        print(f"[{rate:{width}.{precision}%}]", end=" ")
print()

value = 2 / 3
print(f"{value!r}", f"{value!s:.5}", f"{value!r:>25}", f"{value:.17f}", f"{value:.0%}")
print(f"{1e-5:.3}", f"{1e16:.3}", f"{123456789.0:.3}", f"{0.1:.30f}")
print(f"{float('inf'):>6}|{float('-inf'):<6}|{float('nan'):^7}|{-0.0:+}")
print(f"{1234.5:_.2f} {1234.5:,} {1234567.891:,.1f} {-1234567.891:=+15,.2f}")

# A receipt
lines = [("Widget", 3, 4.99), ("Gadget", 1, 24.5), ("Thingamajig", 12, 0.333)]
total = 0
for name, qty, unit in lines:
    cost = qty * unit
    total += cost
    print(f"{name:<12.10}{qty:>4d} x {unit:>7.3f} = {cost:>9.2f}")
print(f"{'TOTAL':>31} {total:>9.2f}")
print(f"{'tax 8.25%':>31} {total * 0.0825:>9.2f}")
