# Deeply nested groups: flattening, counting, searching, and splitting keep the tree shape.
def build(depth, width, counter):
    if depth == 0:
        counter[0] += 1
        n = counter[0]
        kind = [ValueError, KeyError, OSError][n % 3]
        return kind(f"leaf{n}")
    return ExceptionGroup(f"d{depth}", [build(depth - 1, width, counter) for _ in range(width)])


def flatten(e):
    if isinstance(e, BaseExceptionGroup):
        for sub in e.exceptions:
            yield from flatten(sub)
    else:
        yield e


def shape(e):
    if isinstance(e, BaseExceptionGroup):
        return "(" + " ".join(shape(s) for s in e.exceptions) + ")"
    return type(e).__name__[0]


def depth(e):
    if isinstance(e, BaseExceptionGroup):
        return 1 + max(depth(s) for s in e.exceptions)
    return 0


tree = build(3, 3, [0])
print(shape(tree))
print("leaves:", len(list(flatten(tree))), "depth:", depth(tree))
print([str(e) for e in flatten(tree)][:7])
for t in (ValueError, KeyError, OSError, (KeyError, OSError)):
    m, r = tree.split(t)
    print(getattr(t, "__name__", "tuple"), shape(m), "|", shape(r))

chain = ValueError("bottom")
for i in range(12):
    chain = ExceptionGroup(f"level{i}", [chain])
print("chain depth:", depth(chain), "shape:", shape(chain))
m, r = chain.split(ValueError)
print("split of a chain returns the same object:", m is chain, r)
mixed = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ExceptionGroup("exc", [ValueError()])])
m, r = mixed.split(Exception)
print(type(m).__name__, shape(m), type(r).__name__, shape(r))
m, r = mixed.split(KeyboardInterrupt)
print(type(m).__name__, shape(m), type(r).__name__, shape(r))
