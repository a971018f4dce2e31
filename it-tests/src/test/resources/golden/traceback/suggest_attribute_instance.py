# AttributeError: a close attribute of the object is suggested (from dir(obj)).
class Point:
    def __init__(self):
        self.x = 1
        self.y = 2

    def distance(self):
        return 0


p = Point()
print(p.x)
print(p.distanse())
