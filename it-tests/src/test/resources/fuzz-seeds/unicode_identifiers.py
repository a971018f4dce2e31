café = 1
π = 3.14159
名前 = "name"
def λ(α, β=2):
    return α + β + café
print(λ(π), 名前, "éèê")
