# A __module__ that is not a str prints as "<unknown>".
class Odd(Exception):
    pass


Odd.__module__ = 42
raise Odd("strange")
