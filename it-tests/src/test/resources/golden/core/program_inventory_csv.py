# Parsing CSV text by hand (quoted fields, escaped quotes), grouping, totals and a formatted report.

DATA = '''sku,name,category,qty,unit_price
A100,"Widget, large",hardware,12,4.50
A101,Widget small,hardware,40,1.25
B200,"Gizmo ""Pro""",electronics,3,99.99
B201,Gizmo,electronics,10,49.50
C300,Manual,books,25,12.00
C301,"Notebook, ruled",books,0,3.75
D400,Broken row,misc,lots,1.00
E500,Cable,electronics,55,2.20
'''


def parse_line(line):
    fields, field, quoted, i = [], "", False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
                field += '"'
                i += 1
            elif ch == '"':
                quoted = False
            else:
                field += ch
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append(field)
            field = ""
        else:
            field += ch
        i += 1
    if quoted:
        raise ValueError("unterminated quote")
    fields.append(field)
    return fields


lines = DATA.strip().split("\n")
header = parse_line(lines[0])
rows, errors = [], []
for number, line in enumerate(lines[1:], start=2):
    try:
        record = dict(zip(header, parse_line(line)))
        record["qty"] = int(record["qty"])
        record["unit_price"] = float(record["unit_price"])
        rows.append(record)
    except ValueError as e:
        errors.append(f"line {number}: {e}")
print(len(rows), "rows;", "errors:", errors)
by_category = {}
for r in rows:
    by_category.setdefault(r["category"], []).append(r)
grand = 0.0
for category in sorted(by_category):
    items = by_category[category]
    subtotal = sum([r["qty"] * r["unit_price"] for r in items])
    grand += subtotal
    print(f"{category.upper()} ({len(items)} items)")
    for r in sorted(items, key=lambda r: -r["qty"] * r["unit_price"]):
        value = r["qty"] * r["unit_price"]
        flag = "  <- out of stock" if r["qty"] == 0 else ""
        print(f"  {r['sku']}  {r['name']:<18}{r['qty']:>4} x {r['unit_price']:>7.2f} = {value:>9.2f}{flag}")
    print(f"  {'subtotal':>39} {subtotal:>9.2f}")
print(f"{'GRAND TOTAL':>41} {grand:>9.2f}")
print("most valuable:", max(rows, key=lambda r: r["qty"] * r["unit_price"])["name"])
print(parse_line('a,"b,c",,"d ""e"""'), parse_line(""), parse_line(","))
try:
    parse_line('"open')
except ValueError as e:
    print("ValueError:", e)
