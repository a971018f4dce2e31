# '%' with a str left operand formats; with bad arguments it raises, anchored at the '%'.
pattern = "%d items"
print(pattern % 3)
print(pattern % "three")
