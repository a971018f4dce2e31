# sys.argv holds the script name as given on the command line, then the arguments (none here).
import sys


def describe(argv):
    return f"{len(argv)} item(s): {argv!r}"


print(describe(sys.argv))


print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv)
print(sys.argv[0])
print(sys.argv[0].endswith(".py"), sys.argv[1:])
args = sys.argv[1:]
if not args:
    print("no arguments given; using defaults")
    args = ["--verbose", "input.txt"]
flags = [a for a in args if a.startswith("--")]
files = [a for a in args if not a.startswith("--")]
print("flags:", flags, "files:", files)
sys.argv.append("--added")
print(sys.argv[1:])
sys.argv[:] = ["renamed.py"]
print(sys.argv)
