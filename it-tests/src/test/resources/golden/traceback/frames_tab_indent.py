# Tab-indented source: tabs count as stripped indentation like spaces.
def f(a, b):
	if a:
		return a - b
	return b


print(f(0, 1))
print(f(3, "x"))
