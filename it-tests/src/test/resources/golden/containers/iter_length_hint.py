def hint(it):
    return it.__length_hint__()

lst = [1, 2, 3, 4]
it = iter(lst)
print(hint(it), next(it), hint(it))
lst.append(5)
print(hint(it), list(it), hint(it))
lst.append(6)
print(hint(it), list(it))
rit = reversed(lst)
print(hint(rit), next(rit), hint(rit))
del lst[:4]
print(hint(rit), list(rit), hint(rit))
t = iter((1, 2, 3))
print(hint(t), next(t), hint(t))
r = iter(range(0, 100, 7))
print(hint(r), next(r), hint(r), hint(iter(range(5, 0))), hint(iter(range(2**70, 2**70 + 3))))
rr = reversed(range(10))
print(hint(rr), next(rr), hint(rr))
s = {1, 2, 3}
si = iter(s)
print(hint(si), next(si), hint(si))
s.add(9)
print(hint(si))
d = {1: 2, 3: 4, 5: 6}
for it in [iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.keys())]:
    n0 = hint(it)
    next(it)
    print(type(it).__name__, n0, hint(it))
di = iter(d)
d[7] = 8
print(hint(di))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i
rv = reversed(Seq())
print(hint(rv), next(rv), hint(rv))
for it in [enumerate([1]), zip([1]), map(abs, [1]), filter(None, [1]), iter(int, 1)]:
    print(type(it).__name__, hasattr(it, "__length_hint__"))
for f in [lambda: [1] * 2**62, lambda: (1,) * 2**62, lambda: [1] * 2**64, lambda: [] * 2**64, lambda: [1] * 1.5]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print([] * 2**62, () * 2**40, [1, 2] * -3)
