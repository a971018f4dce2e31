# Changing a dict while iterating over it raises RuntimeError; iterate over a copy instead.

d = {i: i * i for i in range(5)}
try:
    for k in d:
        if k == 2:
            d[10] = 100
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)

d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)

d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
        d[k + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)

# Changing values (not keys) during iteration is fine
prices = {"tea": 2.0, "cake": 3.5}
for k in prices:
    prices[k] *= 2
print(prices)

# Deleting via a list copy
d = {i: i % 3 for i in range(10)}
for k in list(d):
    if d[k] == 0:
        del d[k]
print(d)

d = {"x": 1}
it = iter(d.items())
d["y"] = 2
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)

d = {"x": 1}
it = iter(d.values())
d.pop("x")
d["z"] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print({k: v for k, v in d.items()})
