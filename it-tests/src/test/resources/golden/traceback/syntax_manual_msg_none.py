# A SyntaxError whose msg is None prints only its class name after the location.
raise SyntaxError(None, ("f.py", 1, 1, "x\n", 1, 2))
