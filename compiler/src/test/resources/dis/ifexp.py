a = b if c else d
if (x if y else z):
    pass
