# Evaluating a type alias whose value refers to a missing name: the uncaught NameError's
# traceback includes the alias's own evaluation frame.
type Good = list[int]
type Bad = dict[str, MissingType]

print("aliases defined")
print(Good.__value__)


def describe(alias):
    return f"{alias.__name__} = {alias.__value__}"


print(describe(Good))
print(describe(Bad))
