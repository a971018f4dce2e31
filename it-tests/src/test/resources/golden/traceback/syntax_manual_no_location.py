# SyntaxError("msg") has lineno None: parse_syntax_error fails, str(exc) is printed normally.
def f():
    raise SyntaxError("just a message")


f()
