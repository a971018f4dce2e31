# Using a standard-library module name without importing it: 3.12 suggests the import.

def circle_stats(r, pi=3.14159):
    return {"area": pi * r * r, "circumference": 2 * pi * r}


stats = circle_stats(1.0)
print(sorted(stats), round(stats["area"], 3))
print("using an approximation of pi for now")


radius = 2.5
print("radius", radius)
area = 3.14159 * radius ** 2
print(f"approximate area {area:.3f}")
diameter = radius * 2
print("diameter", diameter)
circumference = 2 * 3.14159 * radius
print(f"approximate circumference {circumference:.3f}")
print("ratio", circumference / diameter)
print("exact area", math.pi * radius ** 2)
