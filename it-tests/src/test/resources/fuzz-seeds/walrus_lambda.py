import re

data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print(f"{n} items")
while (chunk := data[:2]):
    data = data[2:]
filtered = [y for x in data if (y := x * 2) > 10]
key = lambda item, default=0: item or default
sorter = sorted(data, key=lambda v: (-v, v))
match_ = (m := re.match(r"(\d+)", "42abc")) and m.group(1)
