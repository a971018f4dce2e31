# Classical ciphers over strings: Caesar, Vigenère, Atbash, rail fence.

ALPHA = "abcdefghijklmnopqrstuvwxyz"


def caesar(text, shift):
    table = str.maketrans(ALPHA + ALPHA.upper(),
                          ALPHA[shift:] + ALPHA[:shift] + (ALPHA[shift:] + ALPHA[:shift]).upper())
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out = []
    k = 0
    for ch in text:
        if ch.lower() in ALPHA:
            shift = ALPHA.index(key[k % len(key)].lower())
            if decrypt:
                shift = -shift
            base = "a" if ch.islower() else "A"
            out.append(chr((ord(ch) - ord(base) + shift) % 26 + ord(base)))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def atbash(text):
    return text.translate(str.maketrans(ALPHA + ALPHA.upper(), ALPHA[::-1] + ALPHA[::-1].upper()))


def rail_fence(text, rails):
    rows = [[] for _ in range(rails)]
    r, step = 0, 1
    for ch in text:
        rows[r].append(ch)
        if rails > 1:
            if r == 0:
                step = 1
            elif r == rails - 1:
                step = -1
            r += step
    return "".join(["".join(row) for row in rows])


msg = "Attack at Dawn! Meet at the old mill, 9 PM."
for shift in (1, 3, 13, 25):
    enc = caesar(msg, shift)
    print(shift, enc, caesar(enc, 26 - shift) == msg)

enc = vigenere(msg, "LEMON")
print(enc)
print(vigenere(enc, "LEMON", decrypt=True))
print(atbash(msg), atbash(atbash(msg)) == msg)
for rails in (1, 2, 3, 4):
    print(rails, rail_fence("WEAREDISCOVEREDFLEEATONCE", rails))

# Frequency analysis breaks a Caesar cipher
secret = caesar("the quick brown fox jumps over the lazy dog while the eager beaver eats", 7)
counts = {}
for ch in secret:
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
most = max(sorted(counts), key=lambda c: counts[c])
guess = (ALPHA.index(most) - ALPHA.index("e")) % 26
print("most common", most, "guessed shift", guess, "->", caesar(secret, 26 - guess))
