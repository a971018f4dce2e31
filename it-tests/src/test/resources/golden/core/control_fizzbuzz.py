# FizzBuzz four ways; all must agree.

def v1(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out


def v2(n):
    return ["Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i) for i in range(1, n + 1)]


def v3(n):
    rules = [(3, "Fizz"), (5, "Buzz")]
    out = []
    i = 1
    while i <= n:
        word = ""
        for d, w in rules:
            if not i % d:
                word += w
        out.append(word if word else str(i))
        i += 1
    return out


def v4(n):
    out = [str(i) for i in range(n + 1)]
    for step, word in ((3, "Fizz"), (5, "Buzz"), (15, "FizzBuzz")):
        for i in range(step, n + 1, step):
            out[i] = word
    return out[1:]


a, b, c, d = v1(30), v2(30), v3(30), v4(30)
print(" ".join(a))
print(a == b == c == d)
print(sum([1 for w in a if w == "Fizz"]), sum([1 for w in a if w == "Buzz"]), a.count("FizzBuzz"))
rules = [(2, "Fizz"), (3, "Buzz"), (7, "Bazz")]
line = []
for i in range(1, 43):
    word = "".join([w for d, w in rules if i % d == 0])
    line.append(word or str(i))
print(" ".join(line))
