# AttributeError tracebacks suggest a similarly named attribute ("Did you mean: ...?").

def show(obj):
    public = sorted([k for k in vars(obj) if not k.startswith("_")])
    print(type(obj).__name__, public)


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance


acct = Account("ada", 100)
show(acct)
show(Account("bob", 5))
print(acct.owner, acct.deposit(50))
print(acct.balence)
