import sys
print(sys.get_asyncgen_hooks())
seen = []
def first(g):
    seen.append(g.__name__)
sys.set_asyncgen_hooks(firstiter=first)
async def ag():
    yield 1
async def main():
    async for x in ag():
        print("got", x)
c = main()
try:
    c.send(None)
except StopIteration:
    pass
print(seen, sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks().finalizer)
try:
    sys.set_asyncgen_hooks(finalizer=3)
except TypeError as e:
    print(e)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
