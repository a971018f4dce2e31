def outer():
	if True:
		return [
    1,
			2,
        ]
	else:
		pass


def spaces():
  if True:
      x = (1 +
  2)
      return x
