# s[i] of a str without surrogates takes a shortcut; with them, and out of range, the careful path.
s="ab\u03bbc"; t="x\U0001f600y"
print(s[0], s[-1], s[2], t[1], t[-1], t[2])
for i in (4, -5, 10**20):
    try: print(s[i])
    except IndexError as e: print(e)
