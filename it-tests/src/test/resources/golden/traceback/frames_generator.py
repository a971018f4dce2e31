# A generator's frame shows the generator function's name; the consumer's frame the loop line.
def numbers(items):
    for item in items:
        yield 10 // item


def consume(items):
    total = 0
    for n in numbers(items):
        total += n
    return total


print(consume([1, 2, 5]))
print(consume([1, 0]))
