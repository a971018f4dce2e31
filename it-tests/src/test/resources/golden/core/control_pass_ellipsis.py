# Empty bodies: pass, Ellipsis, docstring-only blocks; and statements that do nothing.

def nothing():
    pass


def ellipsis_body():
    ...


def doc_only():
    """Only a docstring."""


class Empty:
    pass


class DocOnly:
    "A class with only a docstring."


print(nothing(), ellipsis_body(), doc_only(), doc_only.__doc__, DocOnly.__doc__, Empty.__doc__)
for i in range(3):
    pass
print(i)
while False:
    pass
if True:
    pass
else:
    ...
try:
    pass
except Exception:
    pass
finally:
    pass
x = 5
x
"just a string expression"
42
None
...
print("no-op statements evaluated; x is", x)
with open("control_pass_ellipsis.tmp", "w") as f:
    pass
with open("control_pass_ellipsis.tmp") as f:
    print(repr(f.read()))
del f
import time


print(type(time).__name__)
exec("pass")
print(eval("...") is Ellipsis)
