# A failing expression that spans several source lines: the traceback shows all of its lines.

def total_price(items, discounts):
    return sum(
        [
            item["price"] * item["qty"] * (1 - discounts[item["kind"]])
            for item in items
        ]
    )


items = [
    {"kind": "book", "price": 12.5, "qty": 2},
    {"kind": "pen", "price": 1.25, "qty": 10},
    {"kind": "lamp", "price": 30.0, "qty": 1},
]
discounts = {"book": 0.1, "pen": 0.0}
print("first two:", total_price(items[:2], discounts))
result = (
    total_price(items, discounts)
    + 5
)
print(result)
