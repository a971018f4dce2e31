# A TypeVar bound that fails when it is finally evaluated.
class Registry:
    def add[T: Plugin](self, item: T) -> T:
        return item


r = Registry()
print(r.add("anything"), "- bounds are not checked at call time")
T = Registry.add.__type_params__[0]
print("bound of", T.__name__, "is", T.__bound__)
