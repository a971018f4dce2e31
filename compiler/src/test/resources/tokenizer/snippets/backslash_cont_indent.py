if 1:
    x = \
  3
    y
