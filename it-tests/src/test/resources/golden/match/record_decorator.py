# A hand-written record decorator that sets __match_args__, __init__, __repr__ and __eq__,
# used the way dataclasses are used with match.
def record(*fields):
    def decorate(cls):
        def __init__(self, *args):
            if len(args) != len(fields):
                raise TypeError(f"{cls.__name__} takes {len(fields)} arguments ({len(args)} given)")
            for f, a in zip(fields, args):
                setattr(self, f, a)

        def __repr__(self):
            return f"{cls.__name__}(" + ", ".join(repr(getattr(self, f)) for f in fields) + ")"

        def __eq__(self, other):
            return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in fields)

        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.__hash__ = None
        cls.__match_args__ = fields
        return cls
    return decorate


@record("amount", "currency")
class Money:
    pass


@record("frm", "to", "money")
class Transfer:
    pass


@record("account", "money")
class Deposit:
    pass


@record("reason",)
class Reject:
    pass


def apply(balances, event):
    match event:
        case Deposit(acct, Money(amt, "EUR")) if amt > 0:
            balances[acct] = balances.get(acct, 0) + amt
            return f"deposited {amt} to {acct}"
        case Deposit(_, Money(_, cur)) if cur != "EUR":
            return Reject(f"unsupported currency {cur}")
        case Transfer(a, b, Money(amt, "EUR")) if balances.get(a, 0) >= amt:
            balances[a] -= amt
            balances[b] = balances.get(b, 0) + amt
            return f"moved {amt} from {a} to {b}"
        case Transfer(a, _, Money(amt, _)):
            return Reject(f"{a} cannot pay {amt}")
        case Deposit() | Transfer():
            return Reject("malformed")
        case other:
            return Reject(f"unknown event {other!r}")


balances = {}
events = [Deposit("ann", Money(100, "EUR")), Deposit("bo", Money(5, "USD")), Transfer("ann", "bo", Money(30, "EUR")),
          Transfer("bo", "cy", Money(50, "EUR")), Deposit("cy", Money(-3, "EUR")), "noise",
          Transfer("bo", "ann", Money(30, "EUR"))]
for e in events:
    result = apply(balances, e)
    match result:
        case Reject(reason):
            print(f"REJECT {e!r}: {reason}")
        case str(msg):
            print(f"OK     {msg}")
print(balances)
print(Money(1, "EUR") == Money(1, "EUR"), Money.__match_args__)
try:
    Money(1)
except TypeError as e:
    print("TypeError:", e)
