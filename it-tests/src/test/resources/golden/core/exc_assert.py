# assert statements: messages, evaluation only on failure, and AssertionError attributes.

def check(x):
    assert x > 0
    return x


def check_msg(x):
    assert x > 0, f"expected positive, got {x}"
    return x


for fn in (check, check_msg):
    for v in (5, -1):
        try:
            print(fn.__name__, v, "->", fn(v))
        except AssertionError as e:
            print(fn.__name__, v, "-> AssertionError:", repr(e), e.args, str(e) == "" or str(e))

calls = []


def expensive_message():
    calls.append("message built")
    return "details"


assert True, expensive_message()
print("message not built when assertion passes:", calls)
try:
    assert [], expensive_message()
except AssertionError as e:
    print(e, calls)
try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e.args, e)
try:
    assert None, 42
except AssertionError as e:
    print(repr(e), e.args[0] + 1)


class Custom:
    def __repr__(self):
        return "Custom()"


try:
    assert False, Custom()
except AssertionError as e:
    print(e, e.args)
print(__debug__)
total = 0
for n in range(5):
    assert n >= 0
    total += n
print("all assertions passed, total", total)
try:
    assert isinstance("x", int), "type check failed"
except AssertionError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
