# At most 15 sub-exceptions are shown, then "and N more exception(s)".
import sys


def show(n):
    try:
        raise ExceptionGroup(f"{n} errors", [ValueError(i) for i in range(n)])
    except ExceptionGroup as e:
        return e


fifteen = show(15)
sixteen = show(16)
many = show(40)
print(len(fifteen.exceptions), len(sixteen.exceptions), len(many.exceptions))
raise ExceptionGroup("widths", [fifteen, sixteen, many])
