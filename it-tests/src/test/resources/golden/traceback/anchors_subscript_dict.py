# Subscript anchors: '~' under the value, '^' from '[' to ']'.
prices = {"apple": 3, "pear": 4}
basket = ["apple", "pear", "plum"]
cost = 0
for item in basket:
    cost = cost + prices[item]
print(cost)
