# Palindromes and anagrams: normalising text, sorting letters, grouping.

def normalise(text):
    return "".join([c.lower() for c in text if c.isalnum()])


def is_palindrome(text):
    t = normalise(text)
    return t == t[::-1]


phrases = ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?",
           "No 'x' in Nixon", "", "ab", "Été", "12321", "Step on no pets!"]
for p in phrases:
    print(repr(p), is_palindrome(p))

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg",
         "inlets", "banana", "Tinsel"]
groups = {}
for w in words:
    key = "".join(sorted(w.lower()))
    groups.setdefault(key, []).append(w)
for key in sorted(groups):
    members = groups[key]
    if len(members) > 1:
        print(key, sorted(members))
print("singletons:", sorted([g[0] for g in groups.values() if len(g) == 1]))


def longest_palindromic_substring(s):
    best = ""
    for centre in range(len(s)):
        for lo, hi in ((centre, centre), (centre, centre + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best


for s in ("babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba", "😀ab😀ba😀"):
    print(s, "->", longest_palindromic_substring(s))


def is_anagram(a, b):
    ca, cb = {}, {}
    for ch in normalise(a):
        ca[ch] = ca.get(ch, 0) + 1
    for ch in normalise(b):
        cb[ch] = cb.get(ch, 0) + 1
    return ca == cb


print(is_anagram("Dormitory", "Dirty room!"), is_anagram("Astronomer", "Moon starer"), is_anagram("abc", "abd"))
