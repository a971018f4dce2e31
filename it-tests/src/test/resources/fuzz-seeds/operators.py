a, b, c = 1, 2, 3
x = a + b * c - (a - b) / c
y = not a and b or c
z = a if b > c else c
w = a < b <= c != a == 1 is not None
v = a in [1, 2] and b not in (3, 4)
m = [[1, 2], [3, 4]]
r = m @ m if False else None
a += 1; b -= 1; c *= 2
a //= 2; b %= 3; c **= 2
a <<= 1; b >>= 1; c &= 7; a |= 8; b ^= 1
s = m[0][1:]
t = m[::2], m[1:2:1], m[:], m[-1]
