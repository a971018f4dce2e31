name = "x"
s = f"hello {name!r} {3.5:>10} {name}"
t = f"{name=}"
