# Lexicographic comparison of tuples and sorting records by several fields.

pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1, 2), (1,)), ((), (0,)), ((2,), (1, 99)), ((1, "a"), (1, "b")),
         ((0, 0.5), (0, 0.25)), ((1, 2, 3), (1, 2, 3, 0))]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a > b)

records = [("smith", "john", 42), ("doe", "jane", 35), ("smith", "anna", 42), ("doe", "john", 29), ("brown", "zoe", 35)]
print(sorted(records))
print(sorted(records, key=lambda r: (r[2], r[0])))
print(sorted(records, key=lambda r: (-r[2], r[1])))
print(max(records), min(records, key=lambda r: r[2]))

try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print((1, "a") < (2, 1), (1, "a") == (1, 2))
nan = float("nan")
t = (nan,)
print(t == t, (nan,) == (nan,), t < (1,), t > (1,))


class Version:
    def __init__(self, text):
        self.parts = tuple([int(p) for p in text.split(".")])
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return self.text


versions = [Version(v) for v in ("1.10.0", "1.2.0", "1.2", "0.9.9", "1.2.10", "1.2.9", "10.0")]
print(sorted(versions), max(versions), min(versions))
