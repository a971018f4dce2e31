# NameError: a close global name is suggested.
counter = 0
maximum_value = 10


def bump():
    return counter + maximum_valu


bump()
