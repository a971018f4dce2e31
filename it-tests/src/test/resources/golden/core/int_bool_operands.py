# Every binary operator and comparison between bools, ints (small and big) and floats: bool is
# int for all of them except & | ^ of two bools, which give a bool; in-place forms; sums of tests.
vals = [True, False, 0, 1, -3, 7, 2**70, 1.5, -0.0]
BIG = 2**70
ops = ["+", "-", "*", "/", "//", "%", "**", "&", "|", "^", "<<", ">>", "<", "<=", "==", "!=", ">", ">="]
for a in vals:
    for b in vals:
        row = []
        for op in ops:
            if op in ("**", "<<") and (b == BIG or a == BIG):
                continue
            try:
                r = eval("a %s b" % op)
                row.append("%s:%s" % (type(r).__name__, r))
            except Exception as e:
                row.append("%s(%s)" % (type(e).__name__, e))
        print(repr(a), repr(b), " ".join(row))
t = 0
for i in range(10):
    t += (i % 3 == 0)
    t = t + (i > 5)
    t -= True
print(t, type(t).__name__)
x = True
x += True
print(x, type(x).__name__)
y = False
y |= True
print(y, type(y).__name__)
y &= 1
print(y, type(y).__name__)
print(sum([True, True, False]), max(True, 0), True == 1, True is not 1 == 1, hash(True) == hash(1))
