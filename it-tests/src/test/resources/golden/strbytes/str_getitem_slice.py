# Indexing and slicing by code point, with steps, negative indices, non-BMP text and the errors.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-10], s[2:5], s[:3], s[7:], s[-3:], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[100:]), repr(s[-100:2]), s[:100], s[::-3], s[None:None:None], s[2:-2:2])
print(s[True], s[False:3], s[-10**30:10**30], repr(s[10**30:]))

class I:
    def __index__(self):
        return 2

print(s[I()], s[I():I()], s[:I()], s[::I()], s[slice(1, 4)], s[slice(None, None, -1)])
u = "a😀b😀c"
print(len(u), u[1], u[-2], u[1:4], u[::2], u[::-1], u[3], repr(u[2:2]), u[-1::-2])
for key in [10, -11, 1.5, "1", None, [1], 10**30]:
    try:
        print(s[key])
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for sl in [slice(1.5, 2), slice(None, "a"), slice(0, 5, 0)]:
    try:
        print(s[sl])
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
