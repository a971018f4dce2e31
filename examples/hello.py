def greet(name: str) -> str:
    return f"Hello, {name}!"


for who in ["world", "Krait"]:
    print(greet(who))
