# Custom exception classes: extra attributes, __str__, hierarchies, and how they print when caught.

class AppError(Exception):
    """Base class for this application's errors."""


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(AppError, LookupError):
    def __init__(self, kind, key):
        self.kind, self.key = kind, key
        super().__init__(kind, key)

    def __str__(self):
        return f"{self.kind} {self.key!r} not found"


class Retryable(AppError):
    def __init__(self, attempts=3):
        self.attempts = attempts

    def __repr__(self):
        return f"Retryable(attempts={self.attempts})"


errors = [ValidationError("email", "missing @"), NotFound("user", 42), Retryable(), AppError(), AppError("a", 2)]
for err in errors:
    print(type(err).__name__, "|", str(err), "|", repr(err), "|", err.args)
for err in errors:
    try:
        raise err
    except LookupError as e:
        print("LookupError handler:", e)
    except ValidationError as e:
        print("ValidationError handler:", e.field, e.message)
    except AppError as e:
        print("AppError handler:", type(e).__name__, e)
print([c.__name__ for c in NotFound.__mro__])
print(issubclass(NotFound, LookupError), issubclass(NotFound, KeyError), AppError.__doc__)


class WithNotes(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        self.add_note("created with a note")


try:
    raise WithNotes("boom")
except WithNotes as e:
    print(e, e.__notes__)


class NoInit(Exception):
    def __init__(self):
        pass


e = NoInit()
print(repr(e), str(e), e.args)
e2 = ValidationError("x", "y")
e2.args = ("replaced",)
print(str(e2), e2.field)
try:
    raise ValidationError("only one")
except TypeError as err:
    print("TypeError:", err)
