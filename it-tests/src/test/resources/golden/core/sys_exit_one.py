# sys.exit(1) signals failure with exit status 1; nothing is printed to stderr.
import sys


def report(fields):
    return ", ".join(sorted(fields)) or "(none)"


print("required:", report(["name", "email", "age"]))
status = 0


required = ["name", "email", "age"]
record = {"name": "ann", "age": 30}
missing = [field for field in required if field not in record]
print("checking record", sorted(record))
for field in required:
    status = "ok" if field in record else "MISSING"
    print(f"  {field:<6} {status}")
if missing:
    print("validation failed:", ", ".join(missing))
    sys.exit(1)
print("not reached")
