plain = 'single' + "double"
raw = r"C:\path\to\file" + R'\d+'
multi = """triple
quoted
string"""
other = '''another
one'''
data = b"\x00\xff" + rb"\n" + Br"raw"
escaped = "tab\there\nnewline \u00e9 \N{BULLET} \x41"
joined = "implicit" " concatenation" \
    " with continuation"
unicode = "café 日本"
