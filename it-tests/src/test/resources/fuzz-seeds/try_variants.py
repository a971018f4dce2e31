try:
    pass
finally:
    pass

try:
    import missing
except ImportError:
    missing = None

try:
    x = 1
except Exception:
    raise
except:
    pass
else:
    print(x)

def g():
    try:
        return 1
    finally:
        print("finally")
