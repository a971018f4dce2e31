squares = [n * n for n in range(10) if n % 2 == 0]
pairs = {(a, b) for a in "xyz" for b in range(3) if a != "y"}
index = {word: len(word) for word in ["alpha", "beta", "gamma"]}
lazy = (x ** 0.5 for x in squares)
nested = [[i * j for j in range(i)] for i in range(5)]
first = next((x for x in squares if x > 10), None)
print(squares, pairs, index, list(lazy), nested, first)
