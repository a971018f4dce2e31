@dec
@dec.attr(1)
def f(): pass
