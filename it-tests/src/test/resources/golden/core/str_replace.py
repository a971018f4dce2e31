# replace with counts, removeprefix/removesuffix, and chaining.

s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2))
print(s.replace("fish", "cat", 0))
print(s.replace("fish", "cat", -1))
print(s.replace(" ", ""))
print(s.replace("", "|"))
print("abc".replace("", "-", 2))
print("".replace("", "x"), repr("".replace("a", "b")), "aaa".replace("a", "aa"), "aaaa".replace("aa", "a"))
print(s.replace("dog", "cat") == s, "ababab".replace("aba", "X"))
print("a😀b😀".replace("😀", "<smile>"), "tab\there".replace("\t", "    "))
try:
    print(s.replace("fish", "FISH", count=1))
except TypeError as e:
    print("TypeError:", e)

for name in ("test_login.py", "test_.py", "login_test.py", "test_", "Test_x.py"):
    print(name.removeprefix("test_"), name.removesuffix(".py"), name.removeprefix("test_").removesuffix(".py"))
print("abc".removeprefix(""), "abc".removesuffix("abc") == "", "aaa".removeprefix("a"))
try:
    "abc".removeprefix(None)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".replace("a")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".replace("a", 1)
except TypeError as e:
    print("TypeError:", e)

# Template substitution by repeated replace
template = "Dear {name}, your order {order} ships on {day}. Thanks, {name}!"
values = {"name": "Ada", "order": "#1843", "day": "Monday"}
out = template
for key, value in values.items():
    out = out.replace("{" + key + "}", value)
print(out)

# Normalising whitespace
messy = "  too    many\t\tspaces \n here  "
print(repr(" ".join(messy.split())))
while "  " in messy:
    messy = messy.replace("  ", " ")
print(repr(messy))
