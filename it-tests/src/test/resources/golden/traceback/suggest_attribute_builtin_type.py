# Suggestions for methods of built-in types.
items = [1, 2]
items.append(3)
items.apend(4)
