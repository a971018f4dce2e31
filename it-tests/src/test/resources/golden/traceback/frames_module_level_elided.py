# A call that is the whole statement spans the whole stripped line, so the caret line is elided;
# the same call inside a larger expression gets carets.
def fail():
    return {}["missing"]


value = 1
print("value", value)
fail()
