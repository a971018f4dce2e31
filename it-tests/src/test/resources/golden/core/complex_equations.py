# Using complex numbers as 2-D vectors: rotation, geometry and a turtle walk.
import math

# Rotating a point by multiplying with i
p = 3 + 1j
for _ in range(4):
    print(p, end=" ")
    p *= 1j
print()

# A turtle that walks instructions like "F3 L F2 R F1"
def walk(program):
    pos = 0j
    heading = 1 + 0j
    trail = [pos]
    for token in program.split():
        if token == "L":
            heading *= 1j
        elif token == "R":
            heading *= -1j
        elif token.startswith("F"):
            pos += heading * int(token[1:])
            trail.append(pos)
        else:
            raise ValueError(f"unknown instruction {token!r}")
    return pos, trail


end, trail = walk("F3 L F2 R F1 R R F4 L F1")
print("end", end, "distance", abs(end), "manhattan", abs(end.real) + abs(end.imag))
print([(int(t.real), int(t.imag)) for t in trail])
try:
    walk("F1 X")
except ValueError as e:
    print("ValueError:", e)

# Polygon area with the shoelace formula on complex vertices
def area(vertices):
    total = 0.0
    for a, b in zip(vertices, vertices[1:] + vertices[:1]):
        total += (a.conjugate() * b).imag
    return abs(total) / 2


square = [0j, 2 + 0j, 2 + 2j, 2j]
triangle = [0j, 4 + 0j, 4j]
print("areas", area(square), area(triangle))

# Distances between points
pts = [1 + 1j, 4 + 5j, -2 + 3j, 0j]
for i in range(len(pts)):
    for j in range(i + 1, len(pts)):
        print(pts[i], pts[j], round(abs(pts[i] - pts[j]), 6))
closest = min([(abs(a - b), a, b) for a in pts for b in pts if a != b], key=lambda t: t[0])
print("closest", closest)
print(round(math.degrees(math.atan2((1j * (1 + 1j)).imag, (1j * (1 + 1j)).real)), 6))
