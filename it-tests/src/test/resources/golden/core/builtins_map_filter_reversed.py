# map(), filter() and reversed(): multiple iterables, None as predicate, sequences and __reversed__.

print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(list(map(int, "123")), list(map(len, [[], [1], "ab"])), list(map(abs, range(-2, 3))))
print(list(filter(None, [0, 1, "", "x", [], [0], None, False, 2.5])), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda n: n % 2, range(10))), list(filter(bool, ())), list(filter(None, {0: "a", 1: "b"})))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(5))), list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1, "b": 2}.items())), list(reversed(b"xyz")), list(reversed(bytearray(b"ab"))))


class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]

    def __reversed__(self):
        print("   custom __reversed__")
        return iter(self.cards[::-1] + ["(joker)"])

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


print(list(reversed(Deck())))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


print(list(reversed(Seq())))
m = map(lambda x: 10 // x, [5, 2, 0, 1])
print(next(m), next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(m))
for label, fn in (("map(None, [1])", lambda: list(map(None, [1]))), ("filter(len, 5)", lambda: filter(len, 5)),
                  ("reversed({1, 2})", lambda: reversed({1, 2})), ("reversed(iter([1]))", lambda: reversed(iter([1]))),
                  ("map(abs)", lambda: map(abs))):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
