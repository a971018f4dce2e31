# A bank simulation: accounts with overdraft limits, transfers, monthly interest, and a statement.

class InsufficientFunds(Exception):
    pass


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0, overdraft=0):
        self.owner = owner
        self.balance = balance
        self.overdraft = overdraft
        self.number = Account.next_number
        Account.next_number += 1
        self.history = [("open", balance, balance)]

    def _record(self, kind, amount):
        self.history.append((kind, amount, self.balance))

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive: {amount}")
        self.balance += amount
        self._record("deposit", amount)

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError(f"withdrawal must be positive: {amount}")
        if self.balance - amount < -self.overdraft:
            raise InsufficientFunds(f"{self.owner}: balance {self.balance}, overdraft {self.overdraft}, wanted {amount}")
        self.balance -= amount
        self._record("withdraw", amount)

    def __repr__(self):
        return f"<{self.number} {self.owner}: {self.balance}>"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate_percent=2):
        super().__init__(owner, balance)
        self.rate_percent = rate_percent

    def add_interest(self):
        interest = self.balance * self.rate_percent // 100
        if interest:
            self.balance += interest
            self._record("interest", interest)
        return interest


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, account):
        self.accounts[account.number] = account
        return account

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except ValueError:
            a.deposit(amount)
            raise
        a._record("transfer-out", amount)
        b._record("transfer-in", amount)

    def total(self):
        return sum([a.balance for a in self.accounts.values()])


bank = Bank()
alice = bank.open(Account("alice", 500, overdraft=100))
bob = bank.open(Account("bob", 50))
carol = bank.open(SavingsAccount("carol", 10_000, rate_percent=3))
print(list(bank.accounts.values()), "total", bank.total())
operations = [
    ("transfer", alice.number, bob.number, 550),
    ("transfer", bob.number, carol.number, 1000),
    ("withdraw", alice.number, 60),
    ("withdraw", alice.number, 1),
    ("deposit", bob.number, -5),
    ("transfer", 9999, bob.number, 1),
    ("deposit", alice.number, 200),
]
for op, *args in operations:
    try:
        if op == "transfer":
            bank.transfer(*args)
        elif op == "withdraw":
            bank.accounts[args[0]].withdraw(args[1])
        else:
            bank.accounts[args[0]].deposit(args[1])
        print(f"{op:<9}{args} ok")
    except InsufficientFunds as e:
        print(f"{op:<9}{args} refused: {e}")
    except ValueError as e:
        print(f"{op:<9}{args} invalid: {e}")
    except KeyError as e:
        print(f"{op:<9}{args} unknown account {e}")
for month in range(1, 4):
    print("month", month, "interest", carol.add_interest())
print(list(bank.accounts.values()), "total", bank.total())
for acct in bank.accounts.values():
    print(f"statement for {acct.owner} ({type(acct).__name__} {acct.number})")
    for kind, amount, balance in acct.history:
        print(f"   {kind:<13}{amount:>8}{balance:>9}")
