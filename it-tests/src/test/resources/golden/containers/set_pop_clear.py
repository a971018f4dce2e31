# pop() scans from a "finger" left after the previous pop
s = {10, 20, 30, 3, 11, 19, 27}
out = []
while s:
    out.append(s.pop())
print(out)

s = set(range(50))
popped = [s.pop() for _ in range(10)]
print(popped)
s.add(0)
s.add(1)
print(s.pop(), s.pop(), s.pop())
print(len(s))

t = set(range(100, 200, 7))
t.clear()
print(t, len(t))
t.add(5)
t.add(13)
print(t)

try:
    set().pop()
except KeyError as e:
    print("KeyError", e)

f = frozenset([1, 2])
try:
    f.pop()
except AttributeError as e:
    print("AttributeError", e)

# copy keeps the table when it has no dummies
u = set(range(0, 60, 4))
for i in range(0, 60, 8):
    u.discard(i)
v = u.copy()
print(u)
print(v)
print(u == v, u is v)
