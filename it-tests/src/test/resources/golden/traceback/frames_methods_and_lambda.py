# Frame names are code names (co_name): methods show their plain name, lambdas "<lambda>",
# class bodies the class name, module code "<module>".
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        check = lambda a: a <= self.balance or self.refuse(a)
        return check(amount)

    def refuse(self, amount):
        raise RuntimeError("insufficient funds for " + str(amount))


acct = Account(10)
print(acct.withdraw(5))
print(acct.withdraw(50))
