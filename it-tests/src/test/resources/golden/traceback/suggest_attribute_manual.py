# AttributeError raised by hand: name and obj given get a suggestion; without obj, none.
class Box:
    content = 1


try:
    raise AttributeError("no such thing", name="contnt")
except AttributeError as e:
    print(e.name, e.obj)
raise AttributeError("box has no contnt", name="contnt", obj=Box())
