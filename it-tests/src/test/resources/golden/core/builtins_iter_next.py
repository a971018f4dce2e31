# iter() and next(): sequences, mappings, the two-argument iter(callable, sentinel) form.

it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))
d_it = iter({"a": 1, "b": 2})
print(next(d_it), next(d_it), next(d_it, None))
s_it = iter("hé")
print(next(s_it), next(s_it), next(s_it, "end"))
print(iter(it) is it, type(iter(range(3))).__name__ == type(iter(range(3))).__name__)
queue = [3, 2, 1, 0, 5, 6]
print(list(iter(queue.pop, 0)), queue)
counter = {"n": 0}


def tick():
    counter["n"] += 1
    return counter["n"] % 4


print(list(iter(tick, 0)), counter)
lines = ["first", "second", "", "after blank"]
reader = iter(lines).__next__
print(list(iter(reader, "")))
for label, fn in (("next(5)", lambda: next(5)), ("iter(5)", lambda: iter(5)), ("iter(len, 1)", lambda: list(iter(len, 1))),
                  ("iter(5, 1)", lambda: iter(5, 1)), ("next(iter([]))", lambda: next(iter([]))),
                  ("iter()", lambda: iter()), ("next()", lambda: next())):
    try:
        print(label, "->", fn())
    except (TypeError, StopIteration) as e:
        print(label, "->", type(e).__name__ + ":", e)
pairs = iter([("a", 1), ("b", 2), ("c", 3)])
first = next(pairs)
print(first, dict(pairs))
nums = iter(range(10))
print([n for n in nums if n % 3 == 0], list(nums))
zipped = zip(iter("abc"), iter("abc"))
print(list(zipped))
same = iter("abcdef")
print(list(zip(same, same)))
