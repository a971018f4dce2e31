# Accented letters are several UTF-8 bytes but one column: byte columns are converted to characters.
def prix(article, quantité):
    return "Coût: " + article + quantité * 2


print(prix("café", "é"))
print(prix("crème", 3))
