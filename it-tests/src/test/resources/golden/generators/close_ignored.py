# A generator that yields after GeneratorExit makes close() raise RuntimeError.
# Every stubborn generator is run to its end before the program exits, so none is finalized.
stop = False


def stubborn():
    while not stop:
        try:
            yield "alive"
        except GeneratorExit:
            print("  ignoring GeneratorExit")
    print("  stubborn ends")


g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
    print("context:", type(e.__context__).__name__)
print("still usable:", next(g))
try:
    g.close()
except RuntimeError as e:
    print("second close:", e)
stop = True
print("ends:", next(g, "exhausted"))
stop = False


def yields_in_finally():
    try:
        yield 1
    finally:
        print("  finally yields")
        yield 2
        print("  finally resumes")


g = yields_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(g)
except GeneratorExit as e:
    print("the pending GeneratorExit is re-raised by finally:", type(e).__name__)
print("after:", next(g, "exhausted"))


def once_stubborn():
    count = 0
    while True:
        try:
            yield count
        except GeneratorExit:
            count += 1
            if count > 1:
                print("  gives up")
                return
            print("  ignoring once")


g = once_stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("first close:", e)
print("second close:", g.close())
print("state:", next(g, "done"))


def counts_closes():
    closes = 0
    while closes < 3:
        try:
            yield closes
        except GeneratorExit:
            closes += 1
            print("  close number", closes)
    return closes


g = counts_closes()
next(g)
for attempt in range(4):
    try:
        result = g.close()
        print("attempt", attempt, "close() ->", result)
    except RuntimeError as e:
        print("attempt", attempt, "RuntimeError:", e)
print("finished:", next(g, "exhausted"))
