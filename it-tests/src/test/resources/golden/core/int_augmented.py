# Augmented assignment on ints in variables, list items, dict values and attributes.

x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 5; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0xFF; print(x)
x |= 0x100; print(x)
x ^= 0x1FF; print(x)
x /= 4; print(x)

nums = [1, 2, 3]
nums[0] += 100
nums[-1] *= 7
nums[1] **= 20
print(nums)

counts = {"a": 1}
counts["a"] += 1
counts["a"] <<= 4
print(counts)


class Box:
    def __init__(self):
        self.v = 3


b = Box()
b.v **= 3
b.v //= 2
b.v -= 100
print(b.v)

# Ints are immutable: augmented assignment rebinds
a = 1000
alias = a
a += 1
print(a, alias, a is alias)

total = 0
for i in range(1, 11):
    total += i * i
print(total)

# Evaluation order: the index is evaluated once
calls = []


def idx():
    calls.append("idx")
    return 0


grid = [5]
grid[idx()] += 1
print(grid, calls)

big = 1
for _ in range(10):
    big *= 2 ** 31 - 1
print(big)
