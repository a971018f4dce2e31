if x:
    pass
  y = 1