# await inside except, else and finally blocks, and inside with-style cleanup.
class Step:
    def __init__(self, tag, fail=False):
        self.tag = tag
        self.fail = fail

    def __await__(self):
        yield self.tag
        if self.fail:
            raise OSError(f"{self.tag} failed")
        return self.tag + "-ok"


def run(coro):
    trace = []
    try:
        while True:
            trace.append(coro.send(None))
    except StopIteration as e:
        return e.value, trace


async def flow(fail_main, fail_cleanup):
    events = []
    try:
        events.append(await Step("main", fail_main))
    except OSError as e:
        events.append(f"except: {e}")
        events.append(await Step("recover"))
    else:
        events.append(await Step("else"))
    finally:
        try:
            events.append(await Step("cleanup", fail_cleanup))
        except OSError as e:
            events.append(f"cleanup error: {e}")
    return events


for fm in (False, True):
    for fc in (False, True):
        print(fm, fc, run(flow(fm, fc)))


async def finally_with_return():
    try:
        return await Step("body")
    finally:
        print("  finally awaits:", await Step("fin"))


print(run(finally_with_return()))


async def except_star_like():
    errors = []
    for i in range(3):
        try:
            await Step(f"try{i}", fail=i % 2 == 0)
        except OSError as e:
            errors.append(await Step(f"handle{i}"))
            continue
        finally:
            errors.append(f"finally{i}")
    return errors


print(run(except_star_like()))


async def nested_handlers():
    try:
        try:
            await Step("inner", fail=True)
        except OSError:
            await Step("in-handler")
            raise ValueError("converted")
    except ValueError as e:
        ctx = e.__context__
        return f"{e} (context {ctx!r})"


print(run(nested_handlers()))
