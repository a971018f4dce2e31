# An offset left of the stripped text prints no caret line.
raise SyntaxError("left", ("h.py", 1, 1, "    indented\n", 1, 3))
