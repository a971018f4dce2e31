assert x
assert x > 0, "must be positive"
