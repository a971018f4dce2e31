# East Asian wide characters take two columns: carets are lined up by display width.
def lookup(table, key):
    return table["名前"] + table[key]


table = {"名前": "太郎", "年齢": 20}
print(lookup(table, "名前"))
print(lookup(table, "住所"))
