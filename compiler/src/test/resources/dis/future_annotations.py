from __future__ import annotations
x: list[int] = []
y: "quoted"
z: a.b | None
def f(a: dict[str, tuple[int, ...]], *b: int, c: Callable[[int], str] = None, **d: -1) -> lambda x, *y: (x, y):
    v: int = 1
class C:
    attr: (a if b else c) and not d
    other: f"{x!r:>{width}}"
    more: 1 ** 2 ** 3 + (1 + 2) * 3
    cmp: a < b <= c is not d
