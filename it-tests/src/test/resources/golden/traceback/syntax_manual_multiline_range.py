# An end line after the start line highlights to the end of the text.
raise SyntaxError("unclosed", ("g.py", 4, 3, "  [1, 2,\n", 6, 1))
