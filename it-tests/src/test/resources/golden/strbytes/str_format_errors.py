# The exact errors of str.format's parser and field lookup.
cases = ["{", "}", "a{", "a}b", "{0", "{0!", "{0!x}", "{0!rx}", "{0:", "{0:{1}", "{0[}", "{0[0]x}", "{0.}",
         "{0..x}", "{0[]}", "{!}", "{:{:{}}}", "{0:{1:{2}}}", "{{{", "}}}", "{0!r", "{a{}", "{0!\x01}",
         "{0!😀}", "{99999999999999999999}", "{0}{}", "{}{0}", "{0[{]}", "{0:}}", "{[}"]
for fmt in cases:
    try:
        print(repr(fmt), "->", repr(fmt.format("A", "B", "C")))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)

class NoFormat:
    def __format__(self, spec):
        return 42

try:
    "{}".format(NoFormat())
except TypeError as e:
    print("TypeError:", e)

class Obj:
    pass

print("{}".format(Obj()).startswith("<__main__.Obj object at"))
try:
    "{:>5}".format(Obj())
except TypeError as e:
    print("TypeError:", e)
try:
    "{0.missing}".format(Obj())
except AttributeError as e:
    print("AttributeError:", e)
try:
    "x".format_map()
except TypeError as e:
    print("TypeError:", e)
