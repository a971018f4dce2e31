# A call spanning several lines: the carets run to the last non-blank character of its first line.
def combine(a, b, c):
    return a + b + c


result = combine(1,
                 2,
                 "three")
