# format(value, spec) for many types, and __format__ on user classes.

cases = [(42, ""), (42, "5"), (42, "<5"), (42, "^7"), (42, "+"), (42, "x"), (42, "#o"), (42, "08b"), (42, ","),
         (1234567, "_"), (3.14159, ".2f"), (3.14159, "10.3e"), (0.5, "%"), (2.5, "g"), (1e20, ""),
         ("text", ""), ("text", ">8"), ("text", "*^10"), ("text", ".2"), (True, ""), (True, "d"), (None, ""),
         ([1, 2], ""), ((1, "a"), ""), (1 + 2j, ".1f"), (b"b", "")]
for value, spec in cases:
    try:
        print(f"format({value!r}, {spec!r}) = {format(value, spec)!r}")
    except (TypeError, ValueError) as e:
        print(f"format({value!r}, {spec!r}) -> {type(e).__name__}: {e}")
for value, spec in ((None, "x"), ([1], ">5"), ("s", "d"), (1.5, "d"), (5, "s"), (5, ".2s")):
    try:
        format(value, spec)
    except (TypeError, ValueError) as e:
        print(f"format({value!r}, {spec!r}) -> {type(e).__name__}: {e}")


class Coord:
    def __init__(self, lat, lon):
        self.lat, self.lon = lat, lon

    def __format__(self, spec):
        if spec == "dms":
            def dms(v, pos, neg):
                d = int(abs(v))
                m = int((abs(v) - d) * 60)
                return f"{d}°{m:02d}'{pos if v >= 0 else neg}"
            return f"{dms(self.lat, 'N', 'S')} {dms(self.lon, 'E', 'W')}"
        return f"({self.lat:{spec}}, {self.lon:{spec}})"


c = Coord(51.5074, -0.1278)
print(format(c, "dms"), format(c, ".2f"), format(c, ""), f"{c:.1f}", "{:dms}".format(c))
try:
    format(c, 5)
except TypeError as e:
    print("TypeError:", e)
print(format(12345.6789, ",.2f"), format(-0.0, "+.1f"), format(255, "#X"), format(65, "c"))
