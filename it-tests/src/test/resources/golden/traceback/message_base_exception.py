# Exceptions outside Exception (BaseException subclasses) print the same way.
class Stop(BaseException):
    pass


print("before")
raise Stop
