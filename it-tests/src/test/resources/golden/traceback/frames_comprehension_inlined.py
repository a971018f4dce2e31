# Comprehensions are inlined (PEP 709): no "<listcomp>" frame, the error is in the caller's frame.
def scale(values, factor):
    return [v / factor for v in values]


def run():
    data = [1, 2, 3]
    print(scale(data, 2))
    return scale(data, 0)


run()
