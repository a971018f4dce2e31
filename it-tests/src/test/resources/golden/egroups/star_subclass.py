# except* uses the group's own split() and derive(): subclasses decide what the parts are.
class Tagged(ExceptionGroup):
    def derive(self, excs):
        print("  derive", [repr(e) for e in excs])
        return Tagged(self.message + "'", excs)


class Splitter(ExceptionGroup):
    def split(self, matcher):
        print("  split called with", getattr(matcher, "__name__", matcher))
        return super().split(matcher)


for group in (Tagged("t", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3), KeyError(4)])]),
              Splitter("s", [ValueError(1), TypeError(2)])):
    print("==", type(group).__name__)
    try:
        try:
            raise group
        except* ValueError as v:
            print("  ValueError clause:", repr(v))
        except* TypeError as t:
            print("  TypeError clause:", repr(t))
            raise
    except* Exception as rest:
        print("  left:", repr(rest))


class OddSplit(ExceptionGroup):
    def split(self, matcher):
        return (ExceptionGroup("invented", [KeyError("k")]), None)


try:
    raise OddSplit("odd", [ValueError(1)])
except* KeyError as k:
    print("OddSplit gave", repr(k))

base = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1), SystemExit(2)])
try:
    try:
        raise base
    except* KeyboardInterrupt as ki:
        print("interrupt:", repr(ki))
    except* ValueError as v:
        print("value:", repr(v))
except BaseException as e:
    print("left:", repr(e), type(e).__name__)
