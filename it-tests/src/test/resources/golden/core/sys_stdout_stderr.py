# Writing to sys.stdout and sys.stderr directly and through print(file=...).
import sys

n = sys.stdout.write("written with sys.stdout.write\n")
print("write returned", n)
m = sys.stderr.write("written with sys.stderr.write\n")
print("stderr write returned", m)
print("to stderr via print", file=sys.stderr)
print("to stdout via print", file=sys.stdout)
print("no newline", end="")
print(" | continued", end="\n")
print("a", "b", "c", sep="-", end="!\n")
print("flushed", flush=True)
sys.stdout.write("")
sys.stdout.flush()
sys.stderr.flush()
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdout.encoding, sys.stderr.encoding)
print(sys.stdout.writable(), sys.stdin.readable())
for i in range(3):
    sys.stdout.write(f"out {i}\n")
    sys.stderr.write(f"err {i}\n")
print(file=sys.stderr)
print("unicode: héllo ✓ 😀")
sys.stderr.write("stderr unicode: ü ✗\n")
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
print("multi\nline\nwrite", file=sys.stderr)
print(end="")
print()
print("last line")
