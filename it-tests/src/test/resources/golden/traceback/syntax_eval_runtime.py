# eval() of invalid text: File "<string>" and the carets under the offending range.
def calc(expr):
    return eval(expr)


print(calc("1 + 2"))
print(calc("(1 2)"))
