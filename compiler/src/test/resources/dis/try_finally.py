def f():
    try:
        return g()
    finally:
        h()
try:
    a()
finally:
    b()
