# An augmented assignment is a statement, not an expression: no anchors, and its range is the
# whole line, so no caret line at all.
count = 0
count += "one"
