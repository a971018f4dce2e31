# if/elif/else chains and the truthiness of many kinds of objects.

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


print([classify(n) for n in (-5, 0, 3, 42, 1000)])

values = [0, 1, -1, 0.0, 0.1, 0j, "", " ", "0", [], [0], (), ((),), {}, {0: 0}, set(), None, True, False,
          range(0), range(1), b"", bytearray(b"\x00"), frozenset(), float("nan")]
for v in values:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")


class Empty:
    def __len__(self):
        return 0


class Nope:
    def __bool__(self):
        return False


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


print(bool(Empty()), bool(Nope()), bool(Both()), bool(object()))


def grade(score):
    if not isinstance(score, (int, float)):
        return "invalid"
    if score >= 90:
        letter = "A"
    elif score >= 80:
        letter = "B"
    elif score >= 70:
        letter = "C"
    else:
        letter = "F"
    if letter != "F" and score % 10 >= 7:
        letter += "+"
    return letter


print([grade(s) for s in (95, 97, 88, 71, 79, 50, "x", 100)])
x = 5
if x > 3:
    if x > 4:
        if x > 5:
            print("> 5")
        else:
            print("exactly 5")
if x: print("one-line if")
if not x: print("never")
else: print("one-line else")
