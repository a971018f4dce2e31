# PEP 695 generic classes: __type_params__, implicit Generic base, methods using the type
# parameters, nested generic methods.
class Box[T]:
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item

    def map[U](self, fn) -> "Box[U]":
        return Box(fn(self.item))

    def __repr__(self):
        return f"Box({self.item!r})"


b = Box(21)
print(b, b.get(), b.map(lambda x: x * 2), b.map(str).map(len))
print(Box.__type_params__, Box.__name__, Box.__qualname__)
print(Box.__bases__, [c.__name__ for c in Box.__mro__])
print(Box.get.__annotations__, Box.map.__type_params__)
T = Box.__type_params__[0]
print("annotation is the class's T:", Box.__init__.__annotations__["item"] is T)


class Pair[A, B]:
    def __init__(self, a: A, b: B):
        self.a, self.b = a, b

    def swap(self) -> "Pair[B, A]":
        return Pair(self.b, self.a)

    def __repr__(self):
        return f"Pair({self.a!r}, {self.b!r})"


p = Pair(1, "one")
print(p, p.swap(), p.swap().swap())
print([tp.__name__ for tp in Pair.__type_params__])


class Base:
    def hello(self):
        return "hello from Base"


class Derived[T](Base):
    pass


d = Derived()
print(d.hello(), [c.__name__ for c in Derived.__mro__], Derived.__type_params__)


class Stack[T]:
    def __init__(self):
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from an empty Stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)


s = Stack()
for i in range(3):
    s.push(i * i)
print(len(s), s.pop(), s.pop(), len(s))
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)


class Outer[T]:
    class Inner[U]:
        pass

    def method[V](self):
        return V


print(Outer.Inner.__type_params__, Outer.Inner.__qualname__, Outer().method(), Outer.__type_params__)
print("class T and method T differ:", Outer.__type_params__[0] is not Outer.method.__type_params__[0])
print(isinstance(Box(1), Box), type(Box(1)).__name__, Box.__module__)
