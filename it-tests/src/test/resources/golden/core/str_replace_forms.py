# str.replace: one char for one, words, deletion, empty old, counts, no match, overlapping runs,
# astral characters and surrogates on either side.
s = "hello world, hello moon"
print(s.replace("o", "0"), s.replace("hello", "bye"), s.replace("l", ""), s.replace("", "-"), s.replace("o", "0", 2))
print(s.replace("x", "y"), s.replace("hello world, hello moon", ""), "aaaa".replace("aa", "b"), "aaa".replace("a", "aa"))
print("😀x😀".replace("x", "y"), "😀x😀".replace("😀", "!"), ascii("ab\ud800cd".replace("b", "B")), ascii("a\ud83d\ude00".replace("a", "")))
print("ü-ü".replace("ü", "u"), "λόγος".replace("ό", "o"), "x".replace("x", "😀"), ascii("abc".replace("b", "\ud83d")))
print(ascii("a\ud83d".replace("a", "") + "\ude00"), ascii("\ud83dz\ude00".replace("z", "")), len("\ud83dz\ude00".replace("z", "")))
