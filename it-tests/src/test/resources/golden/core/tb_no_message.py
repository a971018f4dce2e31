# Exceptions without a message print just the class name (no colon) on the last line.

def pick(items, index):
    if not items:
        raise LookupError
    return items[index]


print(pick([1, 2, 3], 1))
try:
    pick([], 0)
except LookupError as e:
    print("handled:", repr(e), repr(str(e)))


def unfinished():
    raise NotImplementedError


print("calling unfinished")
for name in ("first", "second"):
    print(name)
unfinished()
