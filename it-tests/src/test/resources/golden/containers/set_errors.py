def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e))

s = {1, 2, (3, 4), frozenset({5})}
check(lambda: s.remove(9))
check(lambda: s.remove((9, 9)))
check(lambda: s.remove(frozenset({9})))
check(lambda: s.remove({5}))
check(lambda: s.discard({5}))
check(lambda: s)
check(lambda: {6} in {frozenset({6})})
check(lambda: s.discard(99))
check(lambda: {[1]})
check(lambda: set([[1]]))
check(lambda: {1}.add([]))
check(lambda: {1}.add({}))
check(lambda: [] in {1})
check(lambda: {} in {1})
check(lambda: {1}.remove([]))
check(lambda: {1}.discard([]))
check(lambda: frozenset([{1}]))
check(lambda: hash({1}))
check(lambda: set(1))
check(lambda: set(1, 2))
check(lambda: set(iterable=[1]))
check(lambda: frozenset(1, 2))
check(lambda: frozenset(x=[1]))
check(lambda: set([1]).__init__([2], [3]))

t = {1, 2, 3}
try:
    for x in t:
        t.add(x * 10)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(t))

t = {1, 2, 3}
it = iter(t)
print(next(it))
t.discard(3)
for i in range(2):
    try:
        print(next(it))
    except RuntimeError as e:
        print("RuntimeError", e)

# same size after a change: the iterator cannot tell
t = {1, 2, 3}
seen = []
for x in t:
    seen.append(x)
    if x == 1:
        t.discard(3)
        t.add(4)
print(seen, t)
