y = [  # open
  1,  # one
]
