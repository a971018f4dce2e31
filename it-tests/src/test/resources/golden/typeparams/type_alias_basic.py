# The `type` statement: TypeAliasType objects with __name__, __value__, __type_params__, __module__.
type Number = int | float
type Names = list[str]
type Nested = dict[str, Names]
type Self_ = "a string value"

for alias in (Number, Names, Nested, Self_):
    print(repr(alias), alias.__name__, repr(alias.__value__), alias.__type_params__, alias.__module__)
print(type(Names).__name__, type(Names).__module__, type(Names).__qualname__)
print(Nested.__value__.__args__[1] is Names)


def local_alias():
    type Local = tuple[int, ...]
    return Local


L = local_alias()
print(repr(L), L.__value__, L.__module__)


class Container:
    type Item = bytes

    def item_alias(self):
        return self.Item


print(Container.Item, Container().item_alias().__value__, Container.Item.__name__)

print(Names == Names, Names is Names, Names != Nested, hash(Names) == hash(Names))
print(str(Names), f"{Nested}", [Number])
try:
    Names()
except TypeError as e:
    print("TypeError:", e)
try:
    Names.__value__ = int
except AttributeError as e:
    print("AttributeError:", e)
try:
    Names.__name__ = "Other"
except AttributeError as e:
    print("AttributeError:", e)
try:
    Names[int]
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance([], Names)
except TypeError as e:
    print("TypeError:", e)
type = "the name type can be rebound"
print(type)
del type
print(type(3).__name__)
