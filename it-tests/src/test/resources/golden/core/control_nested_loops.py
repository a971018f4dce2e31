# Nested loops with break/continue, loop flags, and continue inside try/finally.

for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print((i, j), end=" ")
print()

found = None
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and a + b + c == 24:
            found = (a, b, c)
            break
    if found:
        break
print("triple with perimeter 24:", found)

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)

count = 0
while True:
    count += 1
    try:
        if count == 3:
            break
    finally:
        print("cleanup for", count)
print("stopped at", count)

# Labelled-break emulation with an exception
class Done(Exception):
    pass


try:
    for x in range(5):
        for y in range(5):
            for z in range(5):
                if x * 100 + y * 10 + z == 234:
                    raise Done((x, y, z))
except Done as d:
    print("escaped from three loops with", d.args[0])

# Pattern printing
for row in range(1, 6):
    line = ""
    for col in range(1, 6):
        if col < row:
            continue
        line += str(col)
    print(line.rjust(5))
for row in range(4):
    print(" " * (3 - row) + "*" * (2 * row + 1))
