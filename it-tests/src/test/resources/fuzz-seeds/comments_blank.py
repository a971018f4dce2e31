# leading comment

# another


def f():  # trailing
    # inside
    x = 1  # set x

    # blank lines above
    return x
# end
