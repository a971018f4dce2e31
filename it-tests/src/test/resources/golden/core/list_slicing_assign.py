# Slice assignment and deletion on lists, including extended slices and their size rules.

a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[2:4] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [10, 11]
print(a)
a[3:3] = "abc"
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[1::3] = range(len(a[1::3]))
print(a)
del a[::4]
print(a)
del a[-2:]
print(a)
del a[:]
print(a)

b = list(range(8))
b[5:2:-1] = ["c", "b", "a"]
print(b)
b[-1:-4:-1] = (70, 60, 50)
print(b)
b[:] = b[::-1]
print(b)
b[1:7:2] = [None] * 3
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    b[::-1] = []
except ValueError as e:
    print("ValueError:", e)
try:
    b[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    b[::0] = []
except ValueError as e:
    print("ValueError:", e)

c = [1, 2, 3]
c[1:2] = c
print(c)
c[10:20] = ["far"]
print(c)
c[-100:1] = ["near"]
print(c)
d = [0, 1, 2, 3, 4, 5]
d[1:5] = [d[4], d[3], d[2], d[1]]
print(d)
e = [1, 2, 3]
e[:] = e + e
print(e)
