# Dict comprehensions: transformations, filtering, inversion, nesting, and key collisions.

squares = {n: n * n for n in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({v: k for k, v in squares.items()})
words = ["apple", "Bob", "cat", "Dog", "apple", "egg"]
print({w.lower(): len(w) for w in words})
print({w: i for i, w in enumerate(words)})
print({(a, b): a * b for a in range(1, 3) for b in range(1, 3)})
print({c: words.count(c) for c in sorted(set(words))})
print({i % 3: i for i in range(10)})
grid = {r: {c: r * c for c in range(3)} for r in range(3)}
print(grid, grid[2][2])
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2}, {k: None for k in ""})
n = "outer"
d = {n: n * 2 for n in ("x", "y")}
print(n, d)
print({(k := key.upper()): key for key in ("a", "b")}, k)
try:
    {[1]: 2 for _ in range(1)}
except TypeError as e:
    print("TypeError:", e)
order = []


def key_fn(x):
    order.append(f"key {x}")
    return x


def val_fn(x):
    order.append(f"value {x}")
    return x * 10


print({key_fn(i): val_fn(i) for i in range(2)}, order)
