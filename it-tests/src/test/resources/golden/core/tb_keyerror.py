# An uncaught KeyError prints the repr() of the missing key.

def fmt(amount):
    return f"{amount:.2f}"


print("price list:", {k: fmt(v) for k, v in {"apple": 0.5}.items()})


prices = {"apple": 0.5, "pear": 0.75, ("bulk", "apple"): 0.4}
basket = ["apple", "pear", "apple"]
total = 0
print("basket has", len(basket), "items")
for item in basket:
    total += prices[item]
    print(f"{item}: {prices[item]}")
print("total", total)
print("bulk price", prices[("bulk", "apple")])
order = {"kiwi": 2}
for item, qty in order.items():
    print(item, qty * prices[item])
