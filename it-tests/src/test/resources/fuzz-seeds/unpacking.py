first, *middle, last = range(10)
(a, b), c = (1, 2), 3
[d, e] = "de"
head, *tail = [1]
merged = {**{"a": 1}, "b": 2, **dict(c=3)}
combined = [*range(3), *"abc"]
t = *combined, 99
def f(*args, **kwargs):
    return args, kwargs
print(f(*combined, **merged))
for key, (low, high) in {"r": (0, 1)}.items():
    print(key, low, high)
