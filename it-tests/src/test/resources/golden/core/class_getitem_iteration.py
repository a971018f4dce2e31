# Without __iter__, iteration falls back to __getitem__ with 0, 1, 2, ... until IndexError.

class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        print(f"   __getitem__({i})")
        if i >= self.n:
            raise IndexError("out of range")
        return i * i


s = Squares(3)
print(list(s))
print(4 in s)
print(5 in s)


class Letters:
    def __init__(self, text):
        self.text = text

    def __getitem__(self, i):
        return self.text[i]

    def __len__(self):
        return len(self.text)


letters = Letters("abc")
print(list(letters), list(reversed(letters)), sorted(letters, reverse=True), letters[-1], letters[0:2])
for i, ch in enumerate(letters):
    print(i, ch)
print(tuple(letters), "".join(letters), "b" in letters, iter(letters).__class__.__name__)


class KeyErrorStops:
    def __getitem__(self, i):
        if i > 1:
            raise KeyError(i)
        return i


try:
    list(KeyErrorStops())
except KeyError as e:
    print("KeyError (only IndexError ends the iteration):", e)


class StopStops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(list(StopStops()))


class NoLen:
    def __getitem__(self, i):
        return i


try:
    reversed(NoLen())
except TypeError as e:
    print("TypeError:", e)
it = iter(NoLen())
print(next(it), next(it), next(it))
a, b = Letters("xy")
print(a, b)
