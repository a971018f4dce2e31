# String literal syntax: escapes, raw strings, triple quotes, implicit concatenation, \N{...}.

print("tab:\t|newline:\\n|quote:\"|apos:\'|backslash:\\|")
print("\x41\x42\x43", "\101\102\103", "\u00e9\u00E9", "\U0001F40D", "\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}")
print(len("\N{LATIN SMALL LETTER E WITH ACUTE}"), "\N{DIGIT ONE}" == "1", "\0" == "\x00", "\7" == "\a")
print(r"raw \n stays", R"RAW \t", r"C:\new\table", len(r"\n"), r'\'' == "\\'")
print("implicit " "concatenation " 'of ' """literals""")
print("""triple "double" quoted
with a second line""")
print('''triple 'single'
  indented continuation''')
multi = ("one"
         "two"
         "three")
print(multi)
print("line one \
continues here")
print("""\
no leading newline""")
print(len(""" """), len(''''''), "\
" == "")
print("emoji via escapes:", "\U0001F600" == "😀", "\ud83d\ude00" == "😀")
print("octal max \377", len("\1234"), "\1234")
print(rb"raw bytes \n"[-2:], b"\x00\xff", len(b"\n"), br"\x00")
name = "world"
print(f"f-string {name}", rf"raw f {name}\n", fR"{name!r}\t", Rf"{{braces}} {name}")
print(u"unicode prefix", U"works")
s = 'single "quotes" inside'
t = "double 'quotes' inside"
print(s, t, s[::-1][:6], t.count("'"))
print(type("").__name__, "" == str(), "".join([]) == "", str is type("x"))
