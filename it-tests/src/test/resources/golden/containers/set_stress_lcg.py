# A pseudo-random mix of set operations (a fixed LCG, no imports), printed as it goes, so that any
# difference in probing, resizing, dummy reuse or pop order shows up.
state = [12345]
def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n

sets = [set(), set(), set()]
for step in range(3000):
    s = sets[rand(3)]
    op = rand(10)
    v = rand(200) - 50
    if op < 4:
        s.add(v)
    elif op < 6:
        s.discard(v)
    elif op == 6 and s:
        s.pop()
    elif op == 7:
        s |= sets[rand(3)]
    elif op == 8:
        s -= set(range(v, v + rand(20)))
    else:
        s ^= {v, v + 1, v * 3}
    if step % 250 == 0:
        print(step, len(sets[0]), len(sets[1]), len(sets[2]))
        print(sets[0])
        print(sets[1])
        print(sets[2])
a, b, c = sets
print(a | b | c)
print(a & b, b & c, a & c)
print(a - b, b - a)
print(a ^ b ^ c)
print(a.union(b, c), a.intersection(b, c), a.difference(b, c))
print(frozenset(a), hash(frozenset(a)), hash(frozenset(b)), hash(frozenset(c)))
big = set()
for i in range(5000):
    big.add(rand(100000))
    if i % 7 == 0:
        big.discard(rand(100000))
print(len(big), list(big)[:30], list(big)[-30:])
popped = [big.pop() for i in range(40)]
print(popped)
