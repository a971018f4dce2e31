# Truth testing: __bool__ first, then __len__; their return-value rules and errors.

class Empty:
    def __len__(self):
        return 0


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class BoolWins:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


print(bool(Empty()), bool(Sized(3)), bool(Flag(False)), bool(Flag(True)), bool(BoolWins()), len(BoolWins()))
print("yes" if Sized(1) else "no", not Empty(), Flag(True) and "and-result", Flag(False) or "or-result")
items = [Sized(0), Sized(2), Flag(True), Flag(False)]
print([type(x).__name__ for x in items if x], any(items), all(items))


class BadBool:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class HugeLen:
    def __len__(self):
        return 2 ** 70


class FloatLen:
    def __len__(self):
        return 1.5


for obj in (BadBool(), NegLen(), HugeLen(), FloatLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(obj).__name__, type(e).__name__ + ":", e)
for obj in (NegLen(), HugeLen(), FloatLen()):
    try:
        print(len(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print("len", type(obj).__name__, type(e).__name__ + ":", e)


class IndexLen:
    def __len__(self):
        return True


print(len(IndexLen()), bool(IndexLen()))
count = 0
s = Sized(3)
while s:
    s.n -= 1
    count += 1
print("loop ran", count, "times")
