# No candidate is close enough: no suggestion.
alpha = 1
print(zzzzzzzz)
