# Without text only the File line; a filename of None prints as "<string>".
try:
    raise SyntaxError("oops", ("a.py", 2, 1, None, 2, 2))
except SyntaxError as e:
    print(str(e))
raise SyntaxError("no file", (None, 7, 1, None, 7, 2))
