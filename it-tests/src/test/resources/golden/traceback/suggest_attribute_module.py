# A module attribute: sys.argvv.
import sys

print(len(sys.argv) > 0)
print(sys.argvv)
