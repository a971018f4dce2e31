# Attribute sites that see many classes: loads, stores and method calls through a
# base-class method on instances of several subclasses, with class changes, made
# dicts, shadowing descriptors and more classes than a site keeps in between.


class Base:
    kind = "base"

    def __init__(self, n):
        self.n = n
        self.total = 0

    def bump(self, k):
        self.total += k * self.n
        return self.describe()

    def describe(self):
        return "%s:%d:%d" % (self.kind, self.n, self.total)


def make_classes(count):
    made = []
    for i in range(count):
        ns = {"kind": "k%d" % i}
        if i % 3 == 1:
            ns["extra"] = i

            def init(self, n, _i=i):
                Base.__init__(self, n)
                self.mine = _i
            ns["__init__"] = init
        made.append(type("C%d" % i, (Base,), ns))
    return made


def walk(objs, rounds):
    out = []
    for r in range(rounds):
        for o in objs:
            out.append(o.bump(r))
            o.n = o.n + 1
    return out


classes = make_classes(11)
objs = [c(i) for i, c in enumerate(classes)]
print(walk(objs, 3)[-5:])

# a made dict in the middle of the polymorphic objects
vars(objs[4])["side"] = 1
print(walk(objs, 2)[-3:], objs[4].side, sorted(vars(objs[4])))

# a class attribute changes while sites hold entries for the class
classes[2].kind = "changed"
Base.kind = "rebased"
print(walk(objs, 1))


# a subclass whose data descriptor shadows the instance attribute name
class Shadow(Base):
    @property
    def total(self):
        return -1

    @total.setter
    def total(self, v):
        self.__dict__["hidden"] = v


s = Shadow(5)
objs.append(s)
print(walk(objs, 2)[-4:], s.hidden)


# slots on a subclass: n and total are slot members there
class Slotted(Base):
    __slots__ = ("n", "total")


objs.append(Slotted(7))
print(walk(objs, 2)[-3:])

# deleting an attribute from one instance makes it miss at every site
del objs[0].total
try:
    walk(objs, 1)
except AttributeError as e:
    print("AttributeError:", e)
objs[0].total = 100
print(walk(objs, 1)[:3])


# a method replaced on one class, an instance attribute hiding a method
def other_describe(self):
    return "other:%d" % self.n


classes[5].describe = other_describe
objs[6].describe = lambda: "instance-level"
print(walk(objs, 1)[4:8])
