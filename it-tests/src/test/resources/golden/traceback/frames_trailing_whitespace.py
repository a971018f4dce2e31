# Trailing blanks stay in the printed source line, and count when deciding to elide carets.
def f(a):
    return a + "!"   


f(1)
