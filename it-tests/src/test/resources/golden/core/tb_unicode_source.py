# Carets are placed correctly even when the failing line contains non-ASCII characters.

def euros(amount):
    return f"{amount:.2f} €"


def line(article, amount):
    return f"{article:<14}{euros(amount):>9}"


print(line("exemple", 1.0))
print("—" * 23)
for mot in ("naïve", "façade", "œuvre"):
    print(mot, len(mot), mot.upper())


prix = {"café": 2.5, "thé": 1.8, "crème brûlée": 6.0}
for article, montant in prix.items():
    print(f"{article:<14}{montant:>6.2f} €")
total = sum(prix.values())
print(f"total: {total:.2f} €")
message = "réduction 😀 appliquée: " + str(prix["café"] * 0.9) + " € pour " + prix["chocolat"]
print(message)
