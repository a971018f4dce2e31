# The int/str conversion digit limit: sys.int_info, the default 4300, set/get, and the texts of
# both directions' errors (a power-of-two base is never limited).
import sys
print(sys.int_info)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold, sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("7" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(big)), int("7" * 4300) % 1000, len(str(10 ** 4299)))
print(int("1" * 5000, 16) % 17, int("1" * 5000, 2) % 17)
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)), int("8" * 5500) % 7)
try:
    repr(10 ** 7000)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 9000)), sys.get_int_max_str_digits())
for bad in [100, 639, -1]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError:", e)
sys.set_int_max_str_digits(640)
try:
    print(f"{10**700}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(format(10**700, ","))
except ValueError as e:
    print("ValueError:", e)
print(len(format(10**700, "x")))
