@dec x = 1
