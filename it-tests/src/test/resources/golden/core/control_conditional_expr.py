# Conditional expressions: evaluation, nesting, precedence and laziness.

for n in range(-2, 3):
    print(n, "pos" if n > 0 else "neg" if n < 0 else "zero")

calls = []


def left():
    calls.append("left")
    return "L"


def right():
    calls.append("right")
    return "R"


print(left() if True else right(), left() if False else right(), calls)
x = 5
print(x if x > 3 else -x, (x if x > 10 else 0) + 1, x if x > 10 else 0 + 1)
f = lambda v: "even" if v % 2 == 0 else "odd"
print([f(v) for v in range(4)])
print(["fizz" * (i % 3 == 0) + "buzz" * (i % 5 == 0) or str(i) for i in range(1, 16)])
print(1 if [] else 2, 1 if [0] else 2, "a" if None else "b", ("yes" if 0 else "no") * 2)
print(max(3, 7) if 3 < 7 else min(3, 7), [1, 2] if x else [], {"k": 1 if x else 0})
y = 10 if x > 3 else 20 if x > 1 else 30
print(y)
print(not x if x else "unused", (lambda: "called")() if x else None)
level = 75
label = ("critical" if level > 90 else
         "high" if level > 70 else
         "normal" if level > 30 else
         "low")
print(label)
values = [3, -1, 0, 8]
print([v if v > 0 else 0 for v in values], sum([1 if v else 0 for v in values]))
print(1 / x if x else float("inf"), (1 / 0 if False else "no division"))
