# + and * on str and the TypeErrors they raise with other types.

print("ab" + "cd", "ab" * 3, 3 * "ab", "x" * 0, "x" * -2, repr("" * 100), "-" * 20)
print(("a" + "b") * 2 + "c", "=" * 3 + ">" + " done")

def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except TypeError as e:
        print(label, "-> TypeError:", e)


attempt("'a' + 1", lambda: "a" + 1)
attempt("1 + 'a'", lambda: 1 + "a")
attempt("'a' + None", lambda: "a" + None)
attempt("'a' + b'b'", lambda: "a" + b"b")
attempt("'a' + ['b']", lambda: "a" + ["b"])
attempt("'a' * 2.0", lambda: "a" * 2.0)
attempt("'a' * '2'", lambda: "a" * "2")
attempt("'a' - 'b'", lambda: "a" - "b")
attempt("'a' / 2", lambda: "a" / 2)
attempt("-'a'", lambda: -"a")
attempt("'a' * True", lambda: "a" * True)
attempt("'a' ** 2", lambda: "a" ** 2)
attempt("'abc' % ()", lambda: "abc" % ())
attempt("'a' @ 'b'", lambda: "a" @ "b")
attempt("'a' < 1", lambda: "a" < 1)
attempt("~'a'", lambda: ~"a")
attempt("'a' in 5", lambda: "a" in 5)
attempt("1 in 'abc'", lambda: 1 in "abc")


class Count:
    def __index__(self):
        return 3


print("ab" * Count(), Count() * "xy")

s = "start"
s += "-middle"
s += "-end"
s *= 2
print(s)
try:
    s += 5
except TypeError as e:
    print("TypeError:", e)
print(s)

pieces = []
for i in range(5):
    pieces.append(str(i) * i)
print("+".join(pieces), "".join(pieces) == "1223334444")
