# The simplest traceback: an error in module-level code.

def mean(values):
    return sum(values) / len(values)


print("mean helper:", mean([1, 2, 3]))


numbers = [3, 1, 4, 1, 5, 9, 2, 6]
total = 0
for n in numbers:
    total += n
print("total", total)
print("average", total / len(numbers))
largest = max(numbers)
print("largest", largest)
count = len(numbers)
print("count", count)
print("median", sorted(numbers)[count // 2])
print("result", total + undefined_offset)
print("not reached")
