# An error inside a generator expression: the <genexpr> frame appears in the traceback.
prices = {"apple": 3, "pear": 4, "melon": None}


def total(names):
    return sum(prices[n] * 2 for n in names)


print(total(["apple", "pear"]))
print(total(["pear", "melon", "apple"]))
