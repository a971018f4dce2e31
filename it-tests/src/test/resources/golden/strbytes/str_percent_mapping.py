# printf-style formatting with a mapping: %(key)s, keys with parentheses, mixing and odd argument types.
data = {"name": "Ada", "age": 36, "x(y)": "paren", "": "empty", "pi": 3.14159}
print("%(name)s is %(age)d; %(name)r" % data)
print("%(x(y))s %()s %(pi).2f %(age)05d %(age)x" % data)
print("%(name)s" % {"name": "one", "extra": "ignored"}, "no fields" % {"a": 1}, "%%(name)s" % {})

class Mapping:
    def __getitem__(self, key):
        return key.upper()

print("%(abc)s and %(def)s" % Mapping())

class D(dict):
    def __missing__(self, key):
        return "<" + key + ">"

print("%(known)s %(unknown)s" % D(known="k"))
print("%s" % {"a": 1}, "%s %%" % {"b": 2}, "%r" % ({"c": 3},))
print("list as args: %s" % [1, 2], "abc" % [1], "abc" % b"xyz", "abc" % {"k": "v"})
for fmt, args in [("%(missing)s", {}), ("%(a)s %s", {"a": 1}), ("%(a)s", ("a",)), ("%(a", {"a": 1}),
                  ("%(a)", {"a": 1}), ("%(a)s", 5), ("%(a)d", {"a": "x"}), ("%(a)s %(b)s", {"a": 1}),
                  ("%s %(a)s", {"a": 1})]:
    try:
        print(fmt % args)
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
