# str.format_map: any mapping, __missing__, positional fields not allowed.
print("{name} has {n} items".format_map({"name": "cart", "n": 3}))

class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"

print("{known} {unknown}".format_map(Default(known="K")))

class Upper:
    def __getitem__(self, key):
        return key.upper()

print("{abc}-{xyz}".format_map(Upper()), "{a[0]}".format_map({"a": "list"}), "no fields".format_map(5))
for fmt, mapping in [("{0}", {}), ("{}", {"": 1}), ("{missing}", {}), ("{a}", None), ("{a}", 5)]:
    try:
        print(fmt.format_map(mapping))
    except (ValueError, KeyError, TypeError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
