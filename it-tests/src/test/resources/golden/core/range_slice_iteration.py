# Loops over ranges: the loop variable can be rebound without affecting iteration.

for i in range(5):
    print(i, end=" ")
    i = 100
print("| after loop i =", i)

total = 0
for i in range(1, 11):
    if i % 2:
        continue
    total += i
print("even sum", total)

r = range(3)
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2), list(it1), list(it2))

for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(0):
    print("never")
else:
    print("empty range loop runs the else clause")

names = ["a", "b", "c", "d"]
for i in range(len(names) - 1, -1, -1):
    print(i, names[i], end="; ")
print()
for i in range(0, len(names), 2):
    print(names[i:i + 2])
table = [[i * j for j in range(1, 6)] for i in range(1, 6)]
for row in table:
    print(" ".join([f"{v:3}" for v in row]))
print(list(zip(range(3), range(10, 13), range(20, 100, 30))))
print(list(enumerate(range(5, 8))), list(map(lambda x: x ** 2, range(5))), [x for x in range(20) if x % 7 == 3])
count = 0
for _ in range(1000):
    count += 1
print(count, len(range(0, 1000, 7)), range(0, 1000, 7)[-1])
