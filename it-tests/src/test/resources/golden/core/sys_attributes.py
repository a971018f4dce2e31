# Portable sys attributes: version_info, maxsize, maxunicode, float_info, hash_info, modules.
import sys


def show(label, value):
    print(f"{label:<12}{value!r}")


show("maxsize", sys.maxsize)


print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 12))
print(sys.version_info[0] == 3, type(sys.version_info).__name__, len(sys.version_info))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.maxunicode, hex(sys.maxunicode), chr(sys.maxunicode) == "\U0010ffff")
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.radix)
print(sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf, sys.hash_info.width)
print("sys" in sys.modules, "builtins" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys)
print(sys.modules["__main__"].__name__, __name__)
print(sys.getdefaultencoding(), isinstance(sys.path, list), callable(sys.exit), callable(sys.getrecursionlimit))
print(type(sys.stdin).__name__ == type(sys.stdout).__name__, sys.stdin.encoding)
print(sys.maxsize + 1, type(sys.maxsize + 1).__name__, sys.maxsize.bit_length())
print(len(range(sys.maxsize)), range(sys.maxsize)[-1] == sys.maxsize - 1)
import math


print("math" in sys.modules, sys.modules["math"] is math)
