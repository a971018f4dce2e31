# print(): sep, end, file, flush, multiple arguments, str() conversion, and argument errors.
import sys

print()
print("a")
print("a", "b", 3, 4.5, None, True, [1], (2,), {"k": 3})
print("a", "b", sep="")
print("a", "b", sep=None)
print("a", "b", sep=" -> ")
print("no newline", end="")
print(" <- joined", end=" END\n")
print("x", "y", sep="\n", end="\n---\n")
print(*range(5))
print(*range(5), sep=", ")
print(*[], sep="never shown")
print("", "", sep="|")
print("to stderr", file=sys.stderr)
print("flush", flush=True)
print("explicit stdout", file=sys.stdout, flush=False)
print("None file means stdout", file=None)


class Shouty:
    def __str__(self):
        return "SHOUT"

    def __repr__(self):
        return "shouty()"


print(Shouty(), [Shouty()], f"{Shouty()}")
for kwargs in ({"sep": 5}, {"end": 1}, {"file": "not a file"}, {"flush": "yes"}, {"bogus": 1}):
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


c = Collector()
print("into", "collector", sep="_", end="!", file=c, flush=True)
print(c.parts)
print("tab\tand\\backslash", "quote'\"", "unicode é ✓")
