# Slicing strings with every combination of start, stop and step.

s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-1:-6:-1])
print(repr(s[5:2]), repr(s[20:]), repr(s[-20:3]), repr(s[3:-20]), s[-100:100])
print(s[2:8:2], s[2:8:-2] == "", s[8:2:2] == "")

for start in (None, 0, 3, -3, 12):
    for stop in (None, 5, -1, -12):
        for step in (None, 1, 2, -1, -3):
            r = s[start:stop:step]
            sl = slice(start, stop, step)
            assert r == s[sl]
print("slice objects agree")

print(slice(1, 5, 2), slice(3), slice(None, None, -1), slice(2, 8).indices(5), slice(None, None, -1).indices(10))
print(s[slice(2, 6)], s[slice(None, None, 4)])

try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-11]
except IndexError as e:
    print("IndexError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1:2.5]
except TypeError as e:
    print("TypeError:", e)


class Index:
    def __index__(self):
        return 4


print(s[Index()], s[Index():], s[:Index()], s[::Index()])

# Rotations and chunking
for k in range(0, 11, 3):
    print(k, s[k:] + s[:k])
print([s[i:i + 3] for i in range(0, len(s), 3)])
print("".join([s[i] for i in range(len(s) - 1, -1, -1)]) == s[::-1])
