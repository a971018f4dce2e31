# Errors inside lambdas: the frame is called <lambda>; built-in callers like sorted() add no frame.

def describe(person):
    name, age = person
    return f"{name} ({'unknown' if age is None else age})"


print([describe(p) for p in [("ann", 31), ("bob", None)]])


people = [("ann", 31), ("bob", None), ("cy", 25)]
print("sorting", len(people), "people")
by_name = sorted(people, key=lambda p: p[0])
print(by_name)
scale = lambda v: v * 2
print([scale(x) for x in (1, 2, 3)])
compose = lambda f, g: lambda x: f(g(x))
inc_then_scale = compose(scale, lambda x: x + 1)
print(inc_then_scale(4))
by_age = sorted(people, key=lambda p: p[1] + 0)
print("not reached", by_age)
