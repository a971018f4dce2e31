# find/rfind/index/rindex/count/startswith/endswith with ranges and tuples.

s = "the cat sat on the mat with the hat"
for sub in ("the", "at", "cat", "dog", "", "t", "hat", " "):
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)

print(s.find("the", 1), s.find("the", 1, 10), s.find("the", -5), s.find("the", -15, -3), s.rfind("the", 0, 20))
print(s.count("t", 5), s.count("t", 5, 15), s.count("", 3, 6), "aaaa".count("aa"), "".count(""), "abc".count("", 10))
print(s.index("sat"), s.rindex("at"), s.index("t", 3, 10))
for args in (("dog",), ("the", 30), ("cat", 0, 5)):
    try:
        s.index(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError:", e)

print(s.startswith("the"), s.startswith("cat", 4), s.startswith(("dog", "the")), s.startswith("t", 100))
print(s.endswith("hat"), s.endswith("the", 0, 18), s.endswith(("x", "y", "at")), s.endswith(""), "".startswith(""))
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError:", e)

# All occurrences
def find_all(text, sub):
    out = []
    i = text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


print(find_all(s, "the"), find_all(s, "at"), find_all("aaaa", "aa"), find_all(s, "xyz"))
print("ab" * 3 in "abababab", "ba" not in "abc", "" in "", "" in "abc")
print("😀 smile 😀".find("smile"), "😀😀x".rfind("😀"), "日本語".index("語"))
