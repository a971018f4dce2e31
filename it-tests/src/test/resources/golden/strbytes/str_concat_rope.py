# str + and += building long strings: every intermediate string keeps its own value,
# whatever is appended later to the strings built from it.
s = ""
snapshots = []
for i in range(400):
    s += "ab" if i % 3 else "\u00e9\u4e2d"
    if i % 97 == 0:
        snapshots.append(s)
print(len(s), s[:10], s[-10:], s.count("ab"))
print([len(x) for x in snapshots], [x[-3:] for x in snapshots])
# branching: two strings grown from the same prefix
base = "x" * 200
left = base + "L"
right = base + "R"
left += "1"
right += "2"
print(len(left), left[-3:], len(right), right[-3:], base[-3:], len(base))
t = left
left += "more"
print(t[-3:], left[-6:], t == base + "L1", left == base + "L1more")
# astral characters and surrogates counted as code points
a = "q" * 150
a += "\U0001F600"
a += "z"
print(len(a), a[-2:] == "\U0001F600z", a[150] == "\U0001F600", a.index("z"))
b = "w" * 150
b += "\udc80"
print(len(b), repr(b[-2:]))
# hashing and dict keys from concatenated strings
d = {}
k = "key-" * 40
for i in range(5):
    k2 = k + str(i)
    d[k2] = i
print(sorted(d.values()), d["key-" * 40 + "3"], hash(k + "3") == hash("key-" * 40 + "3"))
# identity and equality with equal strings built differently
u = "p" * 130
v = u + "q"
w = "p" * 130 + "q"
print(v == w, v is not w, v < w + "a", v.startswith("ppp"), v.endswith("pq"))
# += in nested loops, with formatting between
out = ""
for i in range(50):
    line = ""
    for j in range(10):
        line += "%d," % (i * j)
    out += line + "\n"
print(len(out), out.count("\n"), out[-20:].split(","))
# concatenation of a str subclass stays a plain str
class S(str):
    pass
z = S("s" * 140) + "t"
print(type(z).__name__, len(z))
z = "r" * 140 + S("t")
print(type(z).__name__, len(z))
