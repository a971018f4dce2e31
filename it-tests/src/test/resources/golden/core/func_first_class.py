# Functions are objects: stored in containers, compared, passed around, given attributes.

def hello():
    return "hello"


def world():
    return "world"


funcs = [hello, world, hello]
print([f() for f in funcs], funcs[0] is funcs[2], funcs[0] == funcs[1], hello is hello)
registry = {f.__name__: f for f in funcs}
print(sorted(registry), registry["world"]())
alias = hello
print(alias(), alias.__name__, alias is hello)
del hello
print(alias())
print(callable(alias), callable("x"), callable(len), callable(type), callable(lambda: 0), callable(None))


class WithCall:
    def __call__(self):
        return "instance called"


print(callable(WithCall), callable(WithCall()), WithCall()())
try:
    text = "not callable"
    text()
except TypeError as e:
    print("TypeError:", e)
try:
    five = 5
    five()
except TypeError as e:
    print("TypeError:", e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print("TypeError:", e)


def apply_all(value, *fns):
    return [fn(value) for fn in fns]


print(apply_all(-2.5, abs, int, round, str, lambda v: v * 2))
ops = [("square", lambda x: x * x), ("negate", lambda x: -x), ("halve", lambda x: x / 2)]
value = 6
for name, op in ops:
    value = op(value)
    print(name, value)
print(sorted([world, alias], key=lambda f: f.__name__)[0]())
print(type(alias).__name__, isinstance(alias, object), hash(alias) == hash(alias))
print({alias: "functions are hashable"}[alias])
method = "abc".upper
print(method(), type(method).__name__, method.__self__, method.__name__)
bound = [].append
print(type(bound).__name__, bound.__name__, bound.__qualname__)
