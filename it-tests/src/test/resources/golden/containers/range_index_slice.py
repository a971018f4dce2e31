r = range(3, 40, 4)
print(r[0], r[1], r[-1], r[-9], r[len(r) - 1])
for i in [9, -10, 100, -100]:
    try:
        r[i]
    except IndexError as e:
        print(i, e)
try:
    r["1"]
except TypeError as e:
    print(e)
try:
    r[1.0]
except TypeError as e:
    print(e)
print(r[True], r[False])

ranges = [range(10), range(3, 40, 4), range(20, -5, -3), range(0), range(-8, 8, 5)]
slices = [slice(None), slice(2, None), slice(None, 3), slice(1, -1), slice(-3, None), slice(None, None, -1),
          slice(None, None, 2), slice(5, 1, -1), slice(-1, -10, -3), slice(100, 200), slice(-200, 200, 7),
          slice(None, None, -4), slice(3, 3), slice(0, 1, -1)]
for rr in ranges:
    for s in slices:
        sub = rr[s]
        same = list(sub) == list(rr)[s]
        print(rr, s, sub, same)

big = range(0, 2**80, 2**70)
print(big[3], big[-1], big[2:5], big[::-7], len(big[::3]))
print(range(2**70)[2**69:], range(2**70)[-5:], range(2**70)[::-(2**68)])
try:
    range(10)[::0]
except ValueError as e:
    print(e)
try:
    range(10)[1:"a"]
except TypeError as e:
    print(e)
class Idx:
    def __index__(self):
        return 2
print(range(10)[Idx()], range(10)[Idx():Idx() * 3] if False else range(10)[Idx():8:Idx()])
