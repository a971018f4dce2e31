# An unsupported operand TypeError in the middle of a computation.

def fmt(value):
    return f"{value!r:>6}"


print("header:", fmt("qty"), fmt("price"))


def line_total(qty, price):
    return qty * price


lines = [(2, 3.5), (1, 10), ("3", 2.0), (4, 1.25)]
subtotal = 0
print("lines:", len(lines))
for qty, price in lines:
    amount = line_total(qty, price)
    print(qty, price, repr(amount))
    subtotal = subtotal + amount
print("subtotal", subtotal)
