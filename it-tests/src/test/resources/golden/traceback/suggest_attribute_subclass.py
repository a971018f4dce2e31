# Only AttributeError itself gets suggestions, not its subclasses.
class MyAttributeError(AttributeError):
    pass


class Thing:
    colour = "red"


raise MyAttributeError("no colr", name="colr", obj=Thing())
