# Objects with __index__ work wherever an integer index is needed: ranges, slices, sequence indexes.

class Num:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return f"Num({self.v})"


two, five, minus_one = Num(2), Num(5), Num(-1)
data = list(range(10))
print(data[two], data[minus_one], data[two:five], data[::two], data[five:two:minus_one])
print(range(five), list(range(two, five)), range(10)[two], "abcdef"[two:], (1, 2, 3)[minus_one])
print(slice(two, five).indices(4), bin(five), hex(Num(255)), oct(Num(8)), "ab" * two, [0] * Num(3))
print("int() uses __index__:", int(five))
data[two] = "set via __index__"
del data[Num(0)]
print(data)


class NotIndex:
    def __int__(self):
        return 3


for label, fn in (("list[NotIndex()]", lambda: [1, 2, 3, 4][NotIndex()]), ("range(NotIndex())", lambda: range(NotIndex())),
                  ("'abc'[NotIndex():]", lambda: "abc"[NotIndex():]), ("[1] * 2.0", lambda: [1] * 2.0)):
    try:
        fn()
    except TypeError as e:
        print(label, "-> TypeError:", e)


class BadIndex:
    def __index__(self):
        return "nope"


try:
    [1, 2][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
print(True.__index__(), [10, 20][True], "xyz"[False:True])
