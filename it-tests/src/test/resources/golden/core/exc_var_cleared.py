# The name bound by "except E as name" is deleted at the end of the handler.

try:
    raise ValueError("v")
except ValueError as err:
    print("inside:", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)

err = "previous value"
try:
    raise KeyError("k")
except KeyError as err:
    pass
print("err" in globals())


def in_function():
    e = "local before"
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return f"UnboundLocalError: {u}"


print(in_function())


def keep_it():
    try:
        int("x")
    except ValueError as e:
        kept = e
    return kept


k = keep_it()
print(type(k).__name__, k)


def not_raised():
    e = "untouched"
    try:
        pass
    except Exception as e:
        pass
    return e


print(not_raised())
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as loop_err:
        last = loop_err
print("loop_err" in dir(), last)
