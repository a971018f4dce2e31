# User subclasses print with their qualified names (no module prefix in __main__) and their own
# __str__; __module__ set to another name shows it.
class ValidationErrors(ExceptionGroup):
    def __str__(self):
        return f"{len(self.exceptions)} validation errors: {self.message}"


class Custom(ExceptionGroup):
    pass


Custom.__module__ = "mylib.errors"


class Field(Exception):
    pass


Field.__qualname__ = "Form.Field"


def validate():
    raise ValidationErrors("form invalid", [Field("name"), Field("age"), Custom("c", [LookupError()])])


try:
    validate()
except ValidationErrors as v:
    print(str(v), repr(v))
    raise
