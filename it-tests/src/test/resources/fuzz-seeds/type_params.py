type Pair[T] = tuple[T, T]
type Alias = list[int]


def first[T](items: list[T]) -> T:
    return items[0]


class Box[T: (int, str), *Ts, **P]:
    def get(self) -> T:
        ...


def annotate(x: int | None = None, *args: str, **kw: "Box[int]") -> dict[str, list[int]]:
    y: int
    z: list[int] = []
    return {}
