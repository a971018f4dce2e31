"module doc"
def f():
    "function doc"
    return 1
class C:
    "class doc"
