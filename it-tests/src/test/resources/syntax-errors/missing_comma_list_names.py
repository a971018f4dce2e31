xs = [c d]
