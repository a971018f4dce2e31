# Several args print as their tuple; KeyError shows the repr of its key.
try:
    raise ValueError("code", 42)
except ValueError as e:
    print(str(e))
raise KeyError("missing key")
