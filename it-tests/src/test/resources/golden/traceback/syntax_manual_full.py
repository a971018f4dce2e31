# A SyntaxError built by hand with all six location fields.
raise SyntaxError("bad token", ("spec.py", 3, 5, "    x = $y + 1\n", 3, 7))
