# A tuple key with slices: everything between the brackets is '^'.
table = {(1, 2): "a"}
print(table[1, 2])
print(table[1:2, 3])
