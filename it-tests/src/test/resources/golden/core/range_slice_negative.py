# Negative indices and slice bounds behave the same for every sequence type.

seqs = [list(range(8)), tuple(range(8)), "abcdefgh", b"ABCDEFGH", range(8), bytearray(b"qrstuvwx")]
specs = [(-1, None, None), (-3, None, None), (None, -3, None), (-5, -2, None), (-2, -5, -1), (None, None, -3),
         (-100, 3, None), (3, -100, -1), (-1, -9, -2)]
for seq in seqs:
    print(type(seq).__name__, seq[-1], seq[-8])
    for start, stop, step in specs:
        part = seq[start:stop:step]
        print("   ", (start, stop, step), part if not isinstance(part, range) else list(part))

# Index normalisation by hand agrees with Python's
def norm(i, n):
    if i < 0:
        i += n
    if not 0 <= i < n:
        raise IndexError("index out of range")
    return i


data = list("python")
for i in (-6, -1, 0, 5, 6, -7):
    try:
        print(i, norm(i, len(data)), data[i])
    except IndexError as e:
        print(i, "IndexError:", e)
print(data[-len(data)], data[len(data) - 1], data[-1:] + data[:-1], data[1:] + data[:1])
