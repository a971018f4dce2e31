# list.sort over keys of each kind with its own fast comparison (exact ints, big ints, floats,
# strs, tuples) and over mixed kinds, with and without key= and reverse=True.


class Lcg:
    def __init__(self, seed):
        self.x = seed

    def next(self, bound):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return (self.x >> 33) % bound


rng = Lcg(8)
ints = [rng.next(2000) - 1000 for _ in range(40)]
print(sorted(ints))
print(sorted(ints, reverse=True))
print(sorted(ints, key=abs))
print(sorted(ints, key=abs, reverse=True))
print(sorted(ints, key=lambda x: x % 7))
big = [x * 10 ** 25 + x for x in ints[:12]] + [2 ** 63, -2 ** 63, 2 ** 63 - 1, -2 ** 63 - 1, 0]
print(sorted(big))
print(sorted([True, 1, False, 0, 2, -1, True, 0.5]))
print(sorted([False, True, True, False]), sorted([3, 1.5, 2, 2.0, 1, True]))

floats = [rng.next(100) / 8 - 6 for _ in range(30)] + [0.0, -0.0, float("inf"), float("-inf"), 1e-300]
print(sorted(floats))
print(sorted(floats, reverse=True))
print(sorted([0.0, -0.0, 0, -0.0, 0.0], key=str), sorted([0.0, -0.0, 0.0, -0.0]))

words = ["pear", "Apple", "apple", "", "a", "ab", "b", "zeta", "Zeta", "épée", "eel",
         "\u00ff", "\u0100", "\U0001f600", "\U0001f600a", "\uffff", "naïve", "naive", "a\x00",
         "aaaaaaaaab", "aaaaaaaaa", "aaaaaaaa\u0101", "aaaaaaaa\xff"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=len))
print(sorted(words, key=str.casefold, reverse=True))
print(sorted(["b", "a", "c\ud800", "c", "\ud800", "\U00010000", "\uffff"]) == \
      ["a", "b", "c", "c\ud800", "\ud800", "\uffff", "\U00010000"])
print(ascii(sorted(["b", "\ud83d\ude00", "a", "\U0001F600", "\ud83d", "\uffff"] * 3)))
print(ascii(sorted([("\ud83d\ude00", 1), ("\U0001F600", 0), ("\ud83d", 2)])))
latin = ["k%d" % (rng.next(10 ** 9)) for _ in range(300)]
s = sorted(latin)
print(s[:5], s[-3:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))

tuples = [(rng.next(3), "abc"[rng.next(3)], rng.next(5) / 2) for _ in range(25)]
print(sorted(tuples))
print(sorted(tuples, reverse=True))
print(sorted(tuples + [(1,), (1, "b"), (0, "a", 0.0, 9)]))
print(sorted([(2,), (), (1, 2), (1,), ()]))
print(sorted([(1, [2]), (1, [1, 5]), (0, [9])]))
print(sorted([((1, 2), 3), ((1,), 4), ((0, 9), 5)]))
print(sorted([(10 ** 30, 1), (10 ** 30, 0), (-10 ** 30, 2)]))
print(sorted([[3, 1], [2], [3], [2, 0], []]))

mixed = [3, 2.5, True, -1, 7.25, 0, 10 ** 20, -0.5]
print(sorted(mixed), sorted(mixed, reverse=True))
print(sorted([{1, 2}, {1}, {2}, {1, 2, 3}]))
print(sorted([b"b", b"a", b"ab"]), sorted([bytearray(b"x"), b"a"]))
for nones in ([None, None], [(None,), (None,)], [(None, 1), (None, 0)]):
    try:
        print(sorted(nones))
    except TypeError as e:
        print("TypeError", e)

for bad in ([1, "a"], ["a", 1], [1.5, "x", 2], [(1, "a"), (1, 2)], [None, 1], [1j, 2j], [[1], (1,)]):
    for rev in (False, True):
        try:
            print(sorted(bad, reverse=rev))
        except TypeError as e:
            print("TypeError", e)
try:
    sorted([3, 1, 2], key=lambda x: x if x != 2 else "two")
except TypeError as e:
    print("TypeError", e)
try:
    sorted([{}, {}])
except TypeError as e:
    print("TypeError", e)
print(sorted([{}]), sorted([]), sorted([[]]), sorted("hello", reverse=True))
