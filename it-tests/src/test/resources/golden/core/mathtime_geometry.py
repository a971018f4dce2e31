# Geometry helpers built on math: distances, polygon areas, angles, and a projectile table.
import math

points = [(0, 0), (3, 4), (-1, 2), (6, -2), (1, 1)]
for p in points:
    print(p, math.dist((0, 0), p), f"{math.degrees(math.atan2(p[1], p[0])):.6f}")
print(math.dist((1, 2, 3), (4, 6, 3)), math.hypot(*[1, 2, 2]), math.dist([], []))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError:", e)


def polygon_area(vertices):
    n = len(vertices)
    s = 0
    for i in range(n):
        x1, y1 = vertices[i]
        x2, y2 = vertices[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return abs(s) / 2


def perimeter(vertices):
    return math.fsum([math.dist(vertices[i], vertices[(i + 1) % len(vertices)]) for i in range(len(vertices))])


square = [(0, 0), (2, 0), (2, 2), (0, 2)]
triangle = [(0, 0), (4, 0), (0, 3)]
hexagon = [(math.cos(math.pi / 3 * k), math.sin(math.pi / 3 * k)) for k in range(6)]
for name, shape in (("square", square), ("triangle", triangle), ("hexagon", hexagon)):
    print(f"{name:<9} area={polygon_area(shape):.10f} perimeter={perimeter(shape):.10f}")
print(f"{3 * math.sqrt(3) / 2:.10f}")


def triangle_angles(a, b, c):
    A = math.degrees(math.acos((b * b + c * c - a * a) / (2 * b * c)))
    B = math.degrees(math.acos((a * a + c * c - b * b) / (2 * a * c)))
    return round(A, 6), round(B, 6), round(180 - A - B, 6)


print(triangle_angles(3, 4, 5), triangle_angles(1, 1, 1), triangle_angles(5, 5, 8))
g = 9.81
for angle in (15, 30, 45, 60, 75):
    v = 20
    rad = math.radians(angle)
    flight = 2 * v * math.sin(rad) / g
    distance = v * math.cos(rad) * flight
    peak = (v * math.sin(rad)) ** 2 / (2 * g)
    print(f"{angle:>2}° flight {flight:6.3f}s distance {distance:7.3f}m peak {peak:6.3f}m")
