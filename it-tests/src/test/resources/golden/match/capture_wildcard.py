# Capture patterns bind names; the wildcard binds nothing; capture targets are always locals.
def describe(value):
    match value:
        case 0:
            return "zero"
        case anything:
            return f"captured {anything!r}"


print(describe(0), describe("x"), describe([1]))


def wildcard_binds_nothing(v):
    _ = "untouched"
    match v:
        case _:
            pass
    return _


print(wildcard_binds_nothing(42))


def capture_shadows_global():
    match 5:
        case describe:
            return describe


print(capture_shadows_global(), describe.__name__)

match 10:
    case module_level_capture:
        print("module capture:", module_level_capture)
print("still bound after the match:", module_level_capture)


def capture_in_sequence(seq):
    match seq:
        case [first, _, third, *_]:
            return first, third
        case [only]:
            return (only,)
        case _:
            return None


print(capture_in_sequence([1, 2, 3, 4]), capture_in_sequence("x"), capture_in_sequence(["x"]),
      capture_in_sequence([1, 2]))


class Holder:
    def method(self, v):
        match v:
            case self_value:
                return self_value, "self_value" in dir()


print(Holder().method("m"))


def star_wildcard(seq):
    match seq:
        case [*_, last]:
            return last
        case []:
            return "empty"


print(star_wildcard([1, 2, 3]), star_wildcard([]), star_wildcard((9,)))


def closure_capture():
    match "captured by closure":
        case text:
            pass
    return lambda: text


print(closure_capture()())


def nonlocal_capture():
    result = "before"

    def inner():
        nonlocal result
        match "after":
            case result:
                pass
    inner()
    return result


print(nonlocal_capture())
counter = 0


def global_capture():
    global counter
    match counter + 1:
        case counter:
            pass


global_capture()
global_capture()
print("global counter:", counter)
