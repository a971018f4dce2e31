# Distances are counted over UTF-8 bytes: a changed CJK character costs 3 substitutions, so
# "日本x" is not close to "日付x", while "cafe" is close to "café" (é is two bytes).
日付x = 1
café = 2
try:
    print(日本x)
except NameError as e:
    print(e)
print(cafe)
