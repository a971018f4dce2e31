for x in range(10):
    if x % 2:
        continue
    print(x)
else:
    print("no break")
for y in [1, 2, 3]:
    pass
