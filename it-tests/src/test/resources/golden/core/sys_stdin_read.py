# Reading standard input through sys.stdin: iteration, readline, read, and a summary.
import sys

header = sys.stdin.readline()
print("header:", repr(header))
columns = header.strip().split(",")
rows = []
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line:
        print("blank line ends the table")
        break
    rows.append(dict(zip(columns, line.split(","))))
rest = sys.stdin.read()
print("rows:", rows)
print("rest of input:", repr(rest))
totals = {}
for row in rows:
    totals[row["city"]] = totals.get(row["city"], 0) + int(row["amount"])
for city in sorted(totals):
    print(f"{city:<8}{totals[city]:>6}")
print("lines after table:", rest.splitlines())
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
