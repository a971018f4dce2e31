# A generator's handler raises a new error: the traceback shows both, joined by "During handling".
def reader(chunks):
    for chunk in chunks:
        try:
            yield int(chunk)
        except ValueError:
            yield float(chunk)


def summed(chunks):
    total = 0
    for v in reader(chunks):
        total += v
        print("running total", total)
    return total


print(summed(["1", "2.5", "3"]))
print(summed(["4", "x5"]))
