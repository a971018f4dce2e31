# Custom exception classes print with their qualified name; __main__ is not shown as a module prefix.

class ValidationError(Exception):
    pass


class Schema:
    class FieldError(ValidationError):
        def __init__(self, field, problem):
            super().__init__(f"{field}: {problem}")
            self.field = field


def check(record):
    for field in ("id", "name"):
        if field not in record:
            raise Schema.FieldError(field, "required field is missing")
    return True


print(check({"id": 1, "name": "x"}))
try:
    check({"id": 2})
except ValidationError as e:
    print("handled:", type(e).__name__, e, e.field)
check({"name": "no id"})
