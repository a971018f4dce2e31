# A name that dir() lists but whose lookup fails is not suggested to itself.
class Lazy:
    __slots__ = ("value",)


Lazy().value
