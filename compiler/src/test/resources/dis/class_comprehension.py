class C:
    y = 2
    z = [x * 2 for x in range(3)]
