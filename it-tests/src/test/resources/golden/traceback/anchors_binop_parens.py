# A parenthesized left operand: the ')' is skipped to find the operator.
def area(w, h):
    return (w + 1)*(h)


print(area(2, 3))
print(area(2, None))
