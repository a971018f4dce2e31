# The single-byte charmap codecs: every byte decoded (a checksum of the table and the undefined
# bytes), encoding round trips, the error texts and the error handlers.
codecs = ["cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp437", "cp737",
          "cp775", "cp850", "cp852", "cp855", "cp857", "cp858", "cp862", "cp866", "cp869", "iso8859_2", "iso8859-3",
          "ISO-8859-4", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_9", "iso8859_11", "iso8859_13",
          "iso8859_15", "latin9", "iso8859_16", "koi8_r", "koi8-u", "mac_roman", "macintosh", "mac_latin2",
          "windows-1252", "1252", "ibm437", "cyrillic", "greek", "hebrew", "latin2", "l9", "thai"]
table = bytearray()
n = 0
while n < 256:
    table.append(n)
    n += 1
for name in codecs:
    text = table.decode(name, "replace")
    undefined = [i for i in table if bytes([i]).decode(name, "replace") == "\ufffd"]
    checksum = 0
    k = 0
    for ch in text:
        k += 1
        checksum = (checksum * 31 + ord(ch) * k) % 1000000007
    back = text.encode(name, "replace")
    print(f"{name:>12} {str(checksum):>10} undefined={undefined} roundtrip={back == bytes(table) or back.count(b'?')}")
print("Grüße €".encode("cp1252"), b"Gr\xfc\xdfe \x80".decode("cp1252"), "Привет".encode("koi8_r"), b"\xf0\xd2".decode("koi8-r"))
for text, name, errors in [("a€b", "cp437", "replace"), ("a€b", "cp437", "xmlcharrefreplace"), ("a€b", "cp437", "ignore"),
                           ("a€b", "cp437", "backslashreplace"), ("\udc81x", "cp1252", "surrogateescape")]:
    print(name, errors, text.encode(name, errors))
for data, name, errors in [(b"a\x81b", "cp1252", "replace"), (b"a\x81b", "cp1252", "ignore"),
                           (b"a\x81b", "cp1252", "backslashreplace"), (b"a\x81b", "cp1252", "surrogateescape")]:
    print(name, errors, repr(data.decode(name, errors)))
for call in [lambda: "世a界界".encode("cp1252"), lambda: b"\x81\x8d".decode("cp1252"), lambda: "€".encode("latin9", "strict"),
             lambda: "\u0100".encode("iso8859_15"), lambda: b"\xa1".decode("iso8859_11") + b"\xdb".decode("thai")]:
    try:
        print(repr(call()))
    except (UnicodeEncodeError, UnicodeDecodeError) as e:
        print(type(e).__name__ + ":", e, e.encoding, e.start, e.end, e.reason)
