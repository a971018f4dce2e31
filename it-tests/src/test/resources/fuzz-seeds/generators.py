def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        n -= 1
    return "finished"


def chain(*iterables):
    for it in iterables:
        yield from it


gen = countdown(5)
print(next(gen), gen.send(3), list(chain("ab", [1, 2])))
