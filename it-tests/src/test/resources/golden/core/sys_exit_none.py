# sys.exit() and sys.exit(None) both mean success (status 0), even after output on stderr.
import sys

print("phase 1")
sys.stderr.write("a warning on stderr does not change the exit status\n")
try:
    sys.exit(None)
except SystemExit as e:
    print("sys.exit(None) raised SystemExit with code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() raised SystemExit with code", e.code, "args", e.args)
try:
    sys.exit(False)
except SystemExit as e:
    print("sys.exit(False) code", repr(e.code))
print("phase 2: exiting for real")
sys.exit()
print("not reached")
