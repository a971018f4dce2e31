# Built-in class methods (dict.fromkeys, int.from_bytes, bytes.fromhex, float.fromhex): their
# classmethod_descriptor in the type's dict, binding to the class, and misuse errors.
d = dict.__dict__['fromkeys']
print(type(d).__name__, repr(d), d.__name__, d.__qualname__, d.__objclass__)
print(type(dict.fromkeys).__name__, dict.fromkeys.__self__, dict.fromkeys.__name__)
print(repr(dict.fromkeys).split(" at ")[0], repr({}.fromkeys).split(" at ")[0])
print(dict.fromkeys("ab"), {}.fromkeys([1, 2], 0))


class D(dict):
    pass


print(type(D.fromkeys("xy")).__name__, D.fromkeys.__self__, D().fromkeys.__self__)
print(d.__get__(None, D).__self__, d.__get__(D()).__self__, d.__get__({}, dict).__self__)
print(d(dict, "pq"), d(D, "r"))
print(type(int.__dict__['from_bytes']).__name__, int.from_bytes(b"\x01\x02", "big"),
      bool.from_bytes(b"\x01", "big"), type(float.__dict__['fromhex']).__name__, float.fromhex("0x1.8p1"),
      type(bytes.__dict__['fromhex']).__name__, bytes.fromhex("4142"), bytearray.fromhex("43"))
for call in (lambda: d(), lambda: d(5), lambda: d(int, "a"), lambda: d.__get__(None, int),
             lambda: d.__get__(None, None), lambda: d.__get__(3), lambda: d.__get__(None, 3)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
