total = sum(x * x for x in range(10) if x % 2)
pairs = list((a, b) for a in "ab" for b in [1, 2])

def first_word(lines):
    return next(w for line in lines for w in line.split())
