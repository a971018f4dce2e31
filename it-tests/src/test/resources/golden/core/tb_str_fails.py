# If str() of the exception itself fails, the traceback prints <exception str() failed>.

class Fragile(Exception):
    def __init__(self, value):
        super().__init__(value)
        self.value = value

    def __str__(self):
        return "value is " + self.value


e = Fragile("ok")
print("safe message:", e)
try:
    raise Fragile(1)
except Fragile as err:
    print("caught one with a bad __str__; repr still works:", repr(err))
print("raising it uncaught now")
for i in range(2):
    print("iteration", i)
raise Fragile(42)
