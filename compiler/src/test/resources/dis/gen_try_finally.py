def guarded(items):
    try:
        for item in items:
            yield item
    finally:
        print("closed")

def with_inside(ctx):
    with ctx as c:
        yield c
        return "done"
