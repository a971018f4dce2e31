# for/else: else runs when the loop was not broken out of.

def first_negative(values):
    for i, v in enumerate(values):
        if v < 0:
            print("  first negative", v, "at", i)
            break
    else:
        print("  no negative values in", values)


first_negative([3, 1, -4, 1, -5])
first_negative([2, 7])
first_negative([])

primes = []
for n in range(2, 40):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 6
for r, row in enumerate(matrix):
    for c, v in enumerate(row):
        if v == target:
            break
    else:
        continue
    print("found", target, "at", (r, c))
    break
else:
    print("not found")

for word in ["alpha", "beta", "gamma"]:
    for ch in word:
        if ch in "xyz":
            print(word, "has x/y/z")
            break
    else:
        print(word, "has no x/y/z")

for i in range(3):
    pass
else:
    print("else after exhausted loop, i =", i)

for i in []:
    pass
else:
    print("else after empty loop")

# break inside else of inner loop affects outer loop
for outer in range(3):
    for inner in range(3):
        if inner == outer == 1:
            break
    else:
        print("outer", outer, "completed inner loop")
        continue
    print("outer", outer, "broke inner loop")
