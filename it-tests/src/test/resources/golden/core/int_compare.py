# Comparisons between ints, big ints, floats and bools are exact.

print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 1 == 1.0 + 1e-16, 2 ** 53 + 1 == 2.0 ** 53)
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 < 2.0 ** 53 + 2)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(1 == True, 0 == False, 2 == True, 1 < True + 1)
print(0 == -0, 0 == 0.0, 0 == -0.0, 0 < 1e-300)
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, nan == nan)
print(1 == 1 + 0j, 1 != 1 + 1j)

values = [3, -1, 2.5, True, 10 ** 20, -0.5, 0, False, 1e20, 7]
print(sorted(values))
print(max(values), min(values))
print(sorted(values, reverse=True))

# Equality across types with the same hash
for a, b in [(1, 1.0), (1, True), (0, 0.0), (2 ** 64, float(2 ** 64)), (5, 5 + 0j)]:
    print(a, b, a == b, hash(a) == hash(b))

# int vs str never compare with <
try:
    print(1 < "2")
except TypeError as e:
    print("TypeError:", e)
try:
    print(sorted([3, "a", 1]))
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", 1 != "1")

# comparisons chain and short-circuit
calls = []
def v(x):
    calls.append(x)
    return x

print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3) <= v(3) != v(4))
print(calls)
