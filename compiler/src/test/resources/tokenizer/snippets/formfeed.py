x = 1
if 1:
  a

    b
