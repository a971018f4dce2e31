# format() / f-strings of ints: every presentation type, fill/align/sign/#/0/width, grouping,
# bool formatting, and the ValueError texts of bad specs.
vals = [0, 7, -7, 255, -255, 1234567, -1234567890, 2**64, 10**25]
specs = ["", "d", "5d", "<8", ">8", "^9", "*^9", "+", " ", "-", "08", "+08", "x", "X", "#x", "#X", "o", "#o",
         "b", "#b", ",", "_", "_x", "#_b", "12,", "e", ".3e", "f", ".2%", "g", "n", "=+10", "#010x", ",.2f"]
for v in vals:
    print(v, [format(v, s) for s in specs])
print(format(65, "c"), format(0x1F600, "c"), f"{True}", f"{True:d}", f"{False:>5}", f"{True:x}")
for spec in ["z", ".2d", "=c", ",c", "+c", "s", "_,", ",_", "#c", "10.3x"]:
    try:
        print(format(42, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
try:
    format(2**40, "c")
except OverflowError as e:
    print("OverflowError:", e)
try:
    format(True, "s")
except ValueError as e:
    print("ValueError:", e)
print(f"{12345:{'>'}{10}}", f"{-5:=+6}", f"{255:#_x}", f"{10**20:,}", int.__format__(5, ""))
