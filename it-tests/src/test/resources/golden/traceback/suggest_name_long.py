# Long names are compared after their common prefix and suffix are trimmed; what remains must be
# at most 40 bytes long.
a_really_long_variable_name_that_goes_on_and_on_1 = 1
abcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxyz_1 = 2
try:
    print(zyxwvutsrqponmlkjihgfedcba_zyxwvutsrqponmlkjihgfedcba_1)
except NameError as e:
    print(e)
print(a_really_long_variable_name_that_goes_on_and_on_2)
