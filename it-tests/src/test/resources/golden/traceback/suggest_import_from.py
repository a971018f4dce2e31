# from module import misspelled: a close name of the module is suggested.
from sys import argv
print(len(argv) > 0)
from sys import pathh
