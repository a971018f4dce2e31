x = global y
