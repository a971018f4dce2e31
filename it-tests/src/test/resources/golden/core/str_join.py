# str.join with every kind of iterable, and its TypeError messages.

print(", ".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join("abc"), "|".join(("1", "2")))
print(" ".join([]), repr("".join([])), "+".join(["only"]), "\n".join(["l1", "l2"]))
print(", ".join({"k1": 1, "k2": 2}), ":".join(map(str, range(5))), "/".join(reversed(["c", "b", "a"])))
print("=".join([s.upper() for s in "join me please".split()]))
print("😀".join("abc"), " and ".join(["tea", "cake"]), "".join([chr(ord("a") + i) for i in range(5)]))

for bad in (["a", 1, "b"], [b"x", "y"], [None], ["a", "b", 3.5], [["a"]]):
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join("a", "b")
except TypeError as e:
    print("TypeError:", e)


class Words:
    def __init__(self, *words):
        self.words = words

    def __iter__(self):
        return iter(self.words)


print("~".join(Words("custom", "iterable")))


class MyStr(str):
    pass


print("-".join([MyStr("sub"), "class"]), type("-".join([MyStr("x")])).__name__)

# Building a table
rows = [["id", "name", "score"], ["1", "Ann", "93"], ["2", "Bob", "7"], ["10", "Cy", "100"]]
widths = [max([len(r[i]) for r in rows]) for i in range(3)]
for r in rows:
    print(" | ".join([cell.ljust(w) for cell, w in zip(r, widths)]))
print("-+-".join(["-" * w for w in widths]))
