# Subclassing int and str: extra behaviour, what operations return, and __new__ for immutables.

class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError(f"{value} is odd")
        return super().__new__(cls, value)

    def half(self):
        return Even(self // 2) if (self // 2) % 2 == 0 else int(self // 2)

    def __repr__(self):
        return f"Even({int(self)})"


e = Even(8)
print(e, e + 2, type(e + 2).__name__, e.half(), e.half().half(), isinstance(e, int), e == 8, hash(e) == hash(8))
print(repr(e), str(e), f"{e:04d}", [e], e * e, -e, abs(Even(-4)), type(-e).__name__)
try:
    Even(7)
except ValueError as err:
    print("ValueError:", err)


class Flags(int):
    NAMES = {1: "READ", 2: "WRITE", 4: "EXEC"}

    def __or__(self, other):
        return Flags(int(self) | int(other))

    def __str__(self):
        names = [n for bit, n in self.NAMES.items() if self & bit]
        return "|".join(names) or "NONE"


READ, WRITE, EXEC = Flags(1), Flags(2), Flags(4)
rw = READ | WRITE
print(rw, int(rw), type(rw).__name__, str(READ | WRITE | EXEC), str(Flags(0)), rw & 2, type(rw & 2).__name__)


class Path(str):
    sep = "/"

    def __truediv__(self, other):
        return Path(self.rstrip(self.sep) + self.sep + other)

    @property
    def parts(self):
        return [p for p in self.split(self.sep) if p]

    @property
    def name(self):
        return self.parts[-1] if self.parts else ""


p = Path("/usr") / "local" / "bin"
print(p, type(p).__name__, p.parts, p.name, p.upper(), type(p.upper()).__name__, p + "!", type(p + "!").__name__)
print(p == "/usr/local/bin", p.startswith("/usr"), len(p), p[1:4], type(p[1:4]).__name__, {p: 1}["/usr/local/bin"])


class CaseInsensitive(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())


words = {CaseInsensitive("Hello"), CaseInsensitive("HELLO"), CaseInsensitive("world")}
print(len(words), CaseInsensitive("abc") == "ABC", "ABC" == CaseInsensitive("abc"), CaseInsensitive("x") in ["X"])
print(int.__add__(Even(2), 3), str.__len__(Path("abc")), Even.__mro__, Path.__mro__)
