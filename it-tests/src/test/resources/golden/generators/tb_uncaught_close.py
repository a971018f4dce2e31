# close() on a generator that yields again after GeneratorExit: the RuntimeError is uncaught.
# (The generator gives up quietly on a second GeneratorExit, so finalizing it prints nothing.)
def stubborn():
    n = 0
    refused = False
    while True:
        try:
            yield n
        except GeneratorExit:
            if refused:
                return
            refused = True
            print("refusing to close")
        n += 1


g = stubborn()
print(next(g), next(g))
g.close()
