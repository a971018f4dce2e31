# yield inside try/except/else/finally: handlers and finally run at the right resumptions.
def guarded(values):
    for v in values:
        try:
            print(f"  try {v!r}")
            r = 10 // v
            yield r
            print(f"  after yield {r}")
        except ZeroDivisionError:
            print("  except ZeroDivisionError")
            yield "div0"
        except TypeError as e:
            print("  except TypeError:", e)
            yield "type"
        else:
            print("  else for", v)
            yield "else"
        finally:
            print("  finally for", v)
            yield "finally"


print(list(guarded([5, 0, "x", 3])))


def yield_in_finally_order():
    try:
        try:
            yield 1
            raise ValueError("inner")
        finally:
            yield 2
    except ValueError as e:
        yield f"caught {e}"
    finally:
        yield 3


print(list(yield_in_finally_order()))


def retry(attempts):
    for n in range(attempts):
        try:
            got = yield f"attempt {n}"
            if got == "fail":
                raise RuntimeError(f"failure {n}")
            return f"succeeded on {n}"
        except RuntimeError as e:
            print("  recovering from", e)
    return "gave up"


g = retry(3)
print(next(g))
print(g.send("fail"))
print(g.send("fail"))
try:
    g.send("ok")
except StopIteration as e:
    print(e.value)

g = retry(2)
print(next(g))
print(g.send("fail"))
try:
    g.send("fail")
except StopIteration as e:
    print(e.value)


def except_star_free_nesting():
    try:
        yield "a"
        try:
            yield "b"
            {}["missing"]
        except KeyError as e:
            yield f"key {e}"
            raise IndexError("from handler")
    except IndexError as e:
        yield f"index {e} (context {e.__context__!r})"


print(list(except_star_free_nesting()))


def handler_state_preserved():
    try:
        raise ValueError("active")
    except ValueError:
        yield "in handler"
        import sys
        yield repr(sys.exception())
    yield repr(__import__("sys").exception())


g = handler_state_preserved()
print(next(g))
try:
    raise KeyError("outside")
except KeyError:
    print(next(g))
print(next(g))
