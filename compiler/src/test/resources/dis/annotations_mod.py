x: int = 1
y: list[int]
a.b: int = 2
def f(p: int, *q: str) -> bool:
    v: int = 1
    return True
