# __traceback__ objects: tb_lineno, tb_next and frame names, reflecting where the exception passed.

def level3():
    raise ValueError("deep")


def level2():
    level3()


def level1():
    level2()


try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)

e = ValueError("never raised")
print(e.__traceback__)


def reraise():
    try:
        level3()
    except ValueError as err:
        raise err


try:
    reraise()
except ValueError as err:
    tb = err.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

stripped = RuntimeError("stripped")
try:
    try:
        raise stripped
    except RuntimeError as err:
        raise err.with_traceback(None)
except RuntimeError as err:
    tb = err.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_next)
x = KeyError("k")
print(x.with_traceback(None) is x)
try:
    x.__traceback__ = "bad"
except TypeError as err:
    print("TypeError:", err)
