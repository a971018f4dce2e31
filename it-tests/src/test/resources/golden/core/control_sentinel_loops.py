# Loop idioms: while True with break, iter(callable, sentinel), accumulators, early return.

commands = ["add 5", "add 7", "sub 2", "show", "quit", "add 100"]
pos = 0


def next_command():
    global pos
    cmd = commands[pos]
    pos += 1
    return cmd


total = 0
for cmd in iter(next_command, "quit"):
    op, *arg = cmd.split()
    if op == "add":
        total += int(arg[0])
    elif op == "sub":
        total -= int(arg[0])
    elif op == "show":
        print("total is", total)
print("stopped; final", total, "unread", commands[pos:])

state = {"n": 0}


def tick():
    state["n"] += 1
    return state["n"] * state["n"]


print(list(iter(tick, 49)))

balance = 100
month = 0
while True:
    month += 1
    balance = balance * 1.05 - 10
    if balance <= 0 or month >= 24:
        break
print(month, round(balance, 2))


def find_first(items, pred):
    for item in items:
        if pred(item):
            return item
    return None


print(find_first(range(10, 100), lambda n: n % 17 == 0), find_first([], bool))
words = "the quick brown fox jumps over the lazy dog".split()
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print(longest, sum([len(w) for w in words]), max(words, key=len))
it = iter([1, 2, 3, 0, 4])
acc = []
for v in it:
    if v == 0:
        break
    acc.append(v)
print(acc, list(it))
