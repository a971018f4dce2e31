# A subscript spanning lines: carets from its start to the end of the first line.
data = {"a": 1}
value = data[
    "b"
]
