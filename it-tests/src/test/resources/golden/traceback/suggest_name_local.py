# NameError inside a function: its local variable names are searched first.
def area(width, height):
    result = width * heigth
    return result


area(2, 3)
