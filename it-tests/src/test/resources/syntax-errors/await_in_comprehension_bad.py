x = [await for y in z]
