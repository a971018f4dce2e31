# Equally close names: the first one met wins, and builtins are met in the order of CPython's
# builtins dict, where the function dir comes before the type dict.
print(dic(1))
