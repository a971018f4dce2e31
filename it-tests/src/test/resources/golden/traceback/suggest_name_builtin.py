# NameError: builtins are searched after globals. "lenght" is too far from "len" (its extra
# "ght" costs 6 > 4), "lenn" is close enough.
values = [3, 1, 2]
print(sorted(values))
try:
    print(lenght(values))
except NameError as e:
    print("no suggestion for", e.name)
print(lenn(values))
