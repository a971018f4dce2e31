# With 750 or more candidates the search is skipped.
class Big:
    pass


for i in [1, 2, 3]:
    pass
names = {}
n = 0
while n < 760:
    setattr(Big, "attr_" + str(n), n)
    n += 1
print(len(dir(Big)) >= 750)
Big().attr_1x
