# Objects built from closures: a bank account with private state and a message-dispatch interface.

def make_account(owner, balance=0):
    history = []

    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: balance {balance}, requested {amount}")
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    def report():
        return f"{owner}: {balance} after {len(history)} operations"

    def dispatch(message, *args):
        handlers = {"deposit": deposit, "withdraw": withdraw, "report": report, "history": lambda: list(history)}
        if message not in handlers:
            raise AttributeError(f"account has no operation {message!r}")
        return handlers[message](*args)

    return dispatch


acct = make_account("ada", 100)
other = make_account("bob")
print(acct("deposit", 50), acct("withdraw", 30), other("deposit", 5))
for op, amount in (("withdraw", 500), ("deposit", -5), ("deposit", 0)):
    try:
        acct(op, amount)
    except ValueError as e:
        print("ValueError:", e)
try:
    acct("transfer", 5)
except AttributeError as e:
    print("AttributeError:", e)
print(acct("report"), other("report"))
print(acct("history"))
print([c.cell_contents for c in acct.__closure__ if isinstance(c.cell_contents, (int, str))])


def make_stack():
    items = []

    def push(x):
        items.append(x)

    def pop():
        return items.pop() if items else None

    def size():
        return len(items)
    return push, pop, size


push, pop, size = make_stack()
for ch in "abc":
    push(ch)
print(size(), pop(), pop(), size(), pop(), pop())
