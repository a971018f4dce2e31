s = {1, 2, 3}
alias = s
s |= {4, 5}
print(s, s is alias)
s &= {1, 2, 4, 9}
print(s, s is alias)
s -= {2}
print(s, s is alias)
s ^= {4, 7}
print(s, s is alias)

for op in ["|=", "&=", "-=", "^="]:
    t = {1, 2}
    try:
        exec("t " + op + " [3]")
    except TypeError as e:
        print(e)

# frozenset has no in-place methods: the operator rebinds
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g)
f -= {1}
print(f, type(f).__name__)

# in-place with itself
u = {5, 6}
u |= u
print(u)
u &= u
print(u)
u ^= u
print(u)
u = {5, 6}
u -= u
print(u)

# set |= frozenset and dict views
v = {1}
v |= frozenset({2})
print(v)
v |= {3: 0}.keys()
print(v)
