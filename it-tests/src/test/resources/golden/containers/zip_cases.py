def check(f):
    try:
        r = f()
        print(list(r) if type(r).__name__ == "zip" else r)
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: zip())
check(lambda: zip([1, 2, 3]))
check(lambda: zip([1, 2, 3], "ab"))
check(lambda: zip("ab", [1, 2, 3], (True, False, None)))
check(lambda: zip([1, 2], [3, 4], strict=True))
check(lambda: zip([1, 2], [3], strict=True))
check(lambda: zip([1], [3, 4], strict=True))
check(lambda: zip([1, 2], [3, 4], [5], strict=True))
check(lambda: zip([1, 2], [3, 4], [5, 6, 7], strict=True))
check(lambda: zip([1], [2], [3], [4, 5], strict=True))
check(lambda: zip([], [], strict=True))
check(lambda: zip([], [1], strict=True))
check(lambda: zip([1], [], strict=True))
check(lambda: zip([1, 2], [3], strict=False))
check(lambda: zip([1, 2], [3], strict=0))
check(lambda: zip([1, 2], [3], strict=[]))
check(lambda: zip([1], foo=True))
check(lambda: zip(1))
check(lambda: zip([1], None))

# the shorter iterator stops the longer one after it has been advanced
it = iter([1, 2, 3, 4])
print(list(zip(it, "ab")), next(it))
it = iter([1, 2, 3, 4])
print(list(zip("ab", it)), next(it))

class Boom:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise ValueError("boom at " + str(self.n))
        return self.n
try:
    print(list(zip([1, 2, 3], Boom(), strict=True)))
except ValueError as e:
    print(e)
try:
    print(list(zip([1, 2], Boom(), strict=True)))
except ValueError as e:
    print(e)

pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, chars = zip(*pairs)
print(nums, chars)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
z = zip([1])
print(iter(z) is z, type(z).__name__, next(z), next(z, None))
print(dict(zip("abc", range(3))))
