# A small generic container library written with PEP 695 syntax: a linked list, a Result type and
# generic helper functions; the type parameters are introspected at the end.
class Node[T]:
    def __init__(self, value: T, next: "Node[T] | None" = None):
        self.value = value
        self.next = next


class LinkedList[T]:
    def __init__(self, *items: T):
        self.head: Node[T] | None = None
        self.size = 0
        for item in reversed(items):
            self.push(item)

    def push(self, value: T) -> None:
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def map[U](self, fn) -> "LinkedList[U]":
        return LinkedList(*[fn(v) for v in self])

    def __repr__(self):
        return "LinkedList(" + ", ".join(map(repr, self)) + ")"


class Ok[T]:
    __match_args__ = ("value",)

    def __init__(self, value: T):
        self.value = value

    def __repr__(self):
        return f"Ok({self.value!r})"


class Err[E]:
    __match_args__ = ("error",)

    def __init__(self, error: E):
        self.error = error

    def __repr__(self):
        return f"Err({self.error!r})"


type Result[T, E] = Ok[T] | Err[E]


def parse_int(text: str) -> Result[int, str]:
    try:
        return Ok(int(text))
    except ValueError:
        return Err(f"not a number: {text!r}")


def collect[T, E](results: list[Result[T, E]]) -> Result[list[T], E]:
    values = []
    for r in results:
        match r:
            case Ok(v):
                values.append(v)
            case Err(_):
                return r
    return Ok(values)


def reduce[T, A](fn, items, initial: A) -> A:
    acc = initial
    for item in items:
        acc = fn(acc, item)
    return acc


lst = LinkedList(1, 2, 3)
print(lst, lst.size, list(lst.map(lambda x: x * 10)), lst.map(str))
print([parse_int(t) for t in ["1", "x", "30"]])
print(collect([parse_int(t) for t in ["4", "5"]]), collect([parse_int(t) for t in ["4", "?", "z"]]))
print(reduce(lambda a, b: a + b, lst, 0), reduce(lambda a, b: a + [b], "abc", []))
print(Result.__name__, Result.__type_params__, "(the value is never evaluated here)")
print(LinkedList.__type_params__, LinkedList.map.__type_params__, collect.__type_params__)
print(collect.__annotations__)
