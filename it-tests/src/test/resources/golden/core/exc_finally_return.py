# return in finally overrides everything: the try's return value and any exception in flight.

def try_and_finally_return():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins over the exception"


def except_and_finally():
    try:
        raise KeyError("k")
    except KeyError:
        return "except"
    finally:
        print("   finally ran after except returned")


def finally_modifies():
    result = []
    try:
        result.append("try")
        return result
    finally:
        result.append("finally mutates the returned object")


def finally_reassign():
    value = "original"
    try:
        return value
    finally:
        value = "reassigned (no effect on the return)"


def counter():
    n = 0
    for i in range(5):
        try:
            if i == 3:
                return n
        finally:
            n += 10
    return n


print(try_and_finally_return())
print(finally_swallows_exception())
print(except_and_finally())
print(finally_modifies())
print(finally_reassign())
print(counter())


def deep():
    try:
        try:
            return "inner try"
        finally:
            print("   inner finally")
    finally:
        print("   outer finally")


print(deep())


def exception_in_finally():
    try:
        return "try value"
    finally:
        raise RuntimeError("finally raised")


try:
    exception_in_finally()
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))


def replaced():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")


try:
    replaced()
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
