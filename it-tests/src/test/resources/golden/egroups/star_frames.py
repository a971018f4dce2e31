# Groups left over by except* travel through callers; a new group made by except* has no
# traceback of its own frame, and gets one entry per frame it passes afterwards.
def tb_names(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out


def worker():
    raise ExceptionGroup("work", [ValueError(1), TypeError(2), KeyError(3)])


def level1():
    try:
        worker()
    except* ValueError:
        print("level1 handled ValueError")


def level2():
    try:
        level1()
    except* TypeError:
        raise RuntimeError("level2 replaced TypeError")


def level3():
    try:
        level2()
    except KeyError:
        print("never: a group is not a KeyError")


try:
    try:
        level3()
    except* RuntimeError as r:
        print("top got", repr(r))
        print("context of the RuntimeError:", repr(r.exceptions[0].__context__))
        print("frames of its context:", tb_names(r.exceptions[0].__context__))
except* KeyError as k:
    print("outer got", repr(k))
    print("frames:", tb_names(k))
    print("leaf frames:", tb_names(k.exceptions[0].exceptions[0]))


def handler_context():
    try:
        raise KeyError("being handled")
    except KeyError:
        return make_new_group()


def make_new_group():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise OSError("new")


try:
    handler_context()
except ExceptionGroup as e:
    print(repr(e), tb_names(e), repr(e.__context__))
    print([repr(x.__context__) for x in e.exceptions])


def method_style():
    class Service:
        def call(self):
            result = None
            try:
                raise ExceptionGroup("svc", [ConnectionError("down"), TimeoutError("slow")])
            except* TimeoutError as t:
                result = "recovered from " + str(t.exceptions[0])
            return result

    return Service().call()


try:
    print(method_style())
except* ConnectionError as c:
    print("caller got", repr(c))
