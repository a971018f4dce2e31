# NameError tracebacks suggest similar names, including builtins ("Did you mean: ...?").

def describe(items):
    count = len(items)
    return f"{count} item(s)"


print(describe([1, 2]))


counter = 0
for value in range(5):
    counter += value
print("counter is", counter)


def summarise(items):
    total = sum(items)
    return f"{len(items)} items, total {totl}"


print(summarise([1, 2, 3]))
