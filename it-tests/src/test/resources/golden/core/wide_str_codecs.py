# Encoding and decoding strs with lone surrogates, including a high one followed by a low one.
pair = "\ud83d\ude00"
encoded = pair.encode("utf-8", "surrogatepass")
print(encoded, len(encoded))
back = encoded.decode("utf-8", "surrogatepass")
print(repr(back), len(back), back == pair, back == "\U0001F600")
print(pair.encode("utf-8", "backslashreplace"), pair.encode("utf-8", "replace"), pair.encode("utf-8", "ignore"))
print(pair.encode("utf-8", "xmlcharrefreplace"))
print("\U0001F600".encode("utf-8"), ("a" + pair + "b").encode("utf-8", "surrogatepass"))

escaped = b"\xff\xfe".decode("utf-8", "surrogateescape")
print(repr(escaped), len(escaped), escaped.encode("utf-8", "surrogateescape"))

for text in ["ab" + pair + "c", "\ud800\udfff", "x\ud800"]:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, e.start, e.end)
try:
    pair.encode("utf-8", "surrogateescape")
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.start, e.end)

print("before")
print("printing", pair)
