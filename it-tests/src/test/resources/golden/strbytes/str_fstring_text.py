# f-strings with text: conversions, str specs, nested specs, debug '=' and quotes.
name = "Ada"
word = "éclair"
emoji = "😀"
print(f"{name}", f"{name!r}", f"{name!s}", f"{word!a}", f"{emoji!a}", f"{name:>6}", f"{name:*^9}", f"{word:.3}")
width = 10
print(f"[{name:{width}}]", f"[{name:>{width}}]", f"[{word:{'^'}{width}.{2}}]", f"[{name!r:>{width}}]")
print(f"{name=}", f"{name = }", f"{name=!s}", f"{name=:>5}", f"{word.upper()=}", f"{len(word)=}")
print(f"{'single'}", f'{"double"}', f"{'nested ' + name}", f"{name + '!'}", f"{{literal}}", f"{{{name}}}")
print(f"{name}" f"{word}", f"{'%s-%s' % (name, word)}", f"{'{}'.format(emoji)}", f"{'x' * 3}")
items = ["a", "bb", "ccc"]
print(f"{', '.join(items)}", f"{items[1]}", f"{items[-1]:>5}", f"{items!r}", f"{'|'.join([s.center(5) for s in items])}")

class T:
    def __format__(self, spec):
        return "T[" + spec + "]"

    def __str__(self):
        return "T.str"

    def __repr__(self):
        return "T.repr"

t = T()
print(f"{t}", f"{t:spec}", f"{t!s}", f"{t!r}", f"{t!r:>8}", f"{t=}", f"{t=:abc}")
try:
    f"{name:d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{name:=5}"
except ValueError as e:
    print("ValueError:", e)
