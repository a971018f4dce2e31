# A custom exception hierarchy for a bank: specific handlers, generic fallbacks and error codes.

class BankError(Exception):
    code = 1000

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}"


class AccountError(BankError):
    code = 1100


class InsufficientFunds(AccountError):
    code = 1101

    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.shortfall = needed - available


class AccountLocked(AccountError):
    code = 1102


class TransferError(BankError):
    code = 1200


accounts = {"alice": 100, "bob": 20, "carol": 0}
locked = {"carol"}


def withdraw(name, amount):
    if name not in accounts:
        raise AccountError(f"no account {name!r}")
    if name in locked:
        raise AccountLocked(f"{name} is locked")
    if amount > accounts[name]:
        raise InsufficientFunds(amount, accounts[name])
    accounts[name] -= amount
    return accounts[name]


def transfer(src, dst, amount):
    try:
        withdraw(src, amount)
    except InsufficientFunds as e:
        raise TransferError(f"transfer {src}->{dst} failed") from e
    if dst not in accounts:
        accounts[src] += amount
        raise TransferError(f"unknown destination {dst!r}")
    accounts[dst] += amount


operations = [("withdraw", "alice", 30), ("withdraw", "bob", 50), ("withdraw", "carol", 1), ("withdraw", "dave", 1),
              ("transfer", "alice", "bob", 50), ("transfer", "bob", "alice", 500), ("transfer", "alice", "zed", 5)]
for op in operations:
    try:
        if op[0] == "withdraw":
            print("ok, balance", withdraw(op[1], op[2]))
        else:
            transfer(*op[1:])
            print("ok, transferred")
    except InsufficientFunds as e:
        print("insufficient:", e, "shortfall", e.shortfall)
    except AccountLocked as e:
        print("locked:", e)
    except TransferError as e:
        print("transfer error:", e, "| cause:", e.__cause__)
    except BankError as e:
        print("bank error:", e, type(e).__name__, e.code)
print(accounts)
print([c.__name__ for c in InsufficientFunds.__mro__])
