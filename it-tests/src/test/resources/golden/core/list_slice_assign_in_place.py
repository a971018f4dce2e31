# Slice assignment and deletion with a step of one: growing, shrinking and same-size
# replacement, self-assignment, a source generator that shrinks the list while it runs.
a = list(range(20))
a[2:5] = [9, 9]; print(a)
a[2:3] = "xyz"; print(a)
a[:0] = (1, 2); print(a)
a[len(a):] = [7]; print(a)
del a[3:8]; print(a)
a[1:4] = a; print(a, len(a))
a[5:2] = [0]; print(a)
b = list(range(10))
def g():
    yield 1
    del b[3:]
    yield 2
b[5:9] = g(); print(b)
c = list(range(10))
c[-100:100] = []; print(c)
d = [1, 2, 3]
d[1:1] = range(5); print(d)
del d[::2]; print(d)
d[::2] = [0, 0]; print(d)
# big lists: the tail moves in place, the end is cleared
big = list(range(30000))
for k in range(200):
    lo = (k * 37) % 15000
    big[lo:lo + 10] = big[lo + 10:lo + 20]
    del big[lo:lo + 3]
    big[lo:lo] = [k, k + 1, k + 2]
print(len(big), sum(big), big[14990:15010])
big[100:] = []
print(len(big), big[-3:])
big.append(5)
print(big[-2:], big.pop(), len(big))
