a

   
  # c
	# t
b
