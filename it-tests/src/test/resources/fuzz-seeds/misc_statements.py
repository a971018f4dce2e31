x = [1, 2, 3]
del x[0], x[-1]
assert x, "x must not be empty"
pass
y = z = 0
print(x); print(y)
if x: print("inline body")
for i in x: pass
while False: break
class Empty: pass
def noop(): ...
raise SystemExit
