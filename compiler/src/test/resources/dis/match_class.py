from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return y
        case Point(x, y=0):
            return x
        case Point(_, _, z=_):
            return "odd"
        case int() | float():
            return "number"
        case object():
            return "object"
