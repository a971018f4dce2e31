# input() reads lines from stdin; at end of input it raises EOFError.
import sys

lines = []
while True:
    try:
        line = input()
    except EOFError as e:
        print("EOFError:", repr(e), e)
        break
    lines.append(line)
print(lines)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError again:", e)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
total = 0
for line in lines:
    try:
        total += int(line)
    except ValueError:
        print("skipping", repr(line))
print("total", total)
