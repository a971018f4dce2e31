# Assignment expressions (:=) in conditions, loops, comprehensions and calls.

data = [5, 12, 3, 18, 7]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")

chunks = iter(["alpha", "beta", "", "gamma"])
while (chunk := next(chunks, None)) is not None and chunk:
    print("chunk", chunk)
print("stopped at", repr(chunk))

values = [y for x in data if (y := x * 2) > 10]
print(values, "y leaked as", y)

stats = {"sum": (s := sum(data)), "mean": s / len(data), "max": (m := max(data)), "spread": m - min(data)}
print(stats)


def f(x):
    return x * x + 1


results = [(x, fx) for x in range(6) if (fx := f(x)) % 2 == 0]
print(results)

print((a := 10), a + (b := 5), a, b)
print([total := 0, [total := total + i for i in range(5)], total][1:])

# walrus in a lambda default and in nested functions
def outer():
    print([inner_val := i for i in range(3)], inner_val)
    return inner_val


print(outer())
text = "line one\nline two\n\nline four"
lines = iter(text.split("\n"))
count = 0
while (line := next(lines, None)) is not None:
    if not (stripped := line.strip()):
        continue
    count += 1
    print(count, stripped.upper())
if (match := [w for w in text.split() if w.startswith("f")]):
    print("words starting with f:", match)
print(f"{(z := 3) * 2} {z}")
