# raytrace: a small recursive ray tracer — spheres on a checkered plane, two
# point lights with shadows, Phong highlights and mirror reflections. Vector
# objects allocated per operation, method calls and float arithmetic. The
# image is reduced to a checksum of its 8-bit pixel values. Only +, -, *, /
# and sqrt are used, so results do not depend on a libm's last bit.
import math

WIDTH = 352
HEIGHT = 256
MAX_DEPTH = 3


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y,
                   self.z * o.x - self.x * o.z,
                   self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())

    def reflect_about(self, normal):
        return self.sub(normal.scale(2.0 * self.dot(normal)))


BLACK = Vec(0.0, 0.0, 0.0)
EPSILON = 1e-6


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin.add(self.direction.scale(t))


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflect, checker=None):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect
        self.checker = checker

    def color_at(self, point):
        if self.checker is None:
            return self.color
        if (int(math.floor(point.x)) + int(math.floor(point.z))) % 2 == 0:
            return self.color
        return self.checker


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin.sub(self.center)
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return -1.0

    def normal_at(self, point):
        return point.sub(self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if -EPSILON < denom < EPSILON:
            return -1.0
        t = self.point.sub(ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else -1.0

    def normal_at(self, point):
        return self.normal


def power(x, n):
    # x ** n for a small positive int n, by squaring (no libm pow).
    result = 1.0
    while n:
        if n & 1:
            result *= x
        x *= x
        n >>= 1
    return result


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = 0.1

    def nearest(self, ray):
        best_t = -1.0
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t > 0.0 and (best is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def in_shadow(self, point, light_pos):
        to_light = light_pos.sub(point)
        distance = to_light.length()
        ray = Ray(point, to_light.scale(1.0 / distance))
        for obj in self.objects:
            t = obj.intersect(ray)
            if 0.0 < t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            # sky: a vertical gradient
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.6, 0.7, 0.9).scale(k).add(Vec(1.0, 1.0, 1.0).scale((1.0 - k) * 0.3))
        point = ray.at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = normal.scale(-1.0)
        mat = obj.material
        base = mat.color_at(point)
        color = base.scale(self.ambient)
        lifted = point.add(normal.scale(1e-4))
        for light_pos, light_color in self.lights:
            if self.in_shadow(lifted, light_pos):
                continue
            to_light = light_pos.sub(point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color.add(base.mul(light_color).scale(lambert * mat.diffuse))
            bounce = to_light.scale(-1.0).reflect_about(normal)
            spec = -bounce.dot(ray.direction)
            if spec > 0.0:
                color = color.add(light_color.scale(mat.specular * power(spec, mat.shininess)))
        if depth < MAX_DEPTH and mat.reflect > 0.0:
            mirrored = Ray(lifted, ray.direction.reflect_about(normal))
            color = color.scale(1.0 - mat.reflect).add(self.trace(mirrored, depth + 1).scale(mat.reflect))
        return color


def build_scene():
    scene = Scene()
    scene.objects.append(Plane(Vec(0.0, -1.0, 0.0), Vec(0.0, 1.0, 0.0),
                               Material(Vec(0.9, 0.9, 0.9), 0.8, 0.1, 8, 0.2, Vec(0.2, 0.2, 0.25))))
    scene.objects.append(Sphere(Vec(0.0, 0.0, 5.0), 1.0, Material(Vec(0.9, 0.2, 0.2), 0.7, 0.5, 32, 0.3)))
    scene.objects.append(Sphere(Vec(-2.2, -0.3, 6.0), 0.7, Material(Vec(0.2, 0.8, 0.3), 0.8, 0.3, 16, 0.1)))
    scene.objects.append(Sphere(Vec(2.0, 0.2, 7.0), 1.2, Material(Vec(0.3, 0.4, 0.9), 0.6, 0.8, 64, 0.5)))
    scene.objects.append(Sphere(Vec(0.6, -0.7, 3.5), 0.3, Material(Vec(1.0, 0.9, 0.2), 0.9, 0.2, 8, 0.0)))
    scene.lights.append((Vec(-5.0, 6.0, 0.0), Vec(0.8, 0.8, 0.8)))
    scene.lights.append((Vec(4.0, 3.0, 2.0), Vec(0.4, 0.35, 0.3)))
    return scene


def to_byte(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0)


def render(scene, width, height):
    eye = Vec(0.0, 0.5, -1.0)
    forward = Vec(0.0, -0.1, 1.0).normalized()
    right = Vec(0.0, 1.0, 0.0).cross(forward).normalized()
    up = forward.cross(right)
    half_w = 0.6
    half_h = half_w * height / width
    pixels = []
    for row in range(height):
        v = half_h - 2.0 * half_h * (row + 0.5) / height
        for col in range(width):
            u = -half_w + 2.0 * half_w * (col + 0.5) / width
            direction = forward.add(right.scale(u)).add(up.scale(v)).normalized()
            c = scene.trace(Ray(eye, direction), 0)
            pixels.append((to_byte(c.x), to_byte(c.y), to_byte(c.z)))
    return pixels


def main():
    scene = build_scene()
    pixels = render(scene, WIDTH, HEIGHT)
    digest = 0
    sums = [0, 0, 0]
    for (r, g, b) in pixels:
        digest = (digest * 31 + r * 65536 + g * 256 + b) % 1000000007
        sums[0] += r
        sums[1] += g
        sums[2] += b
    print("%dx%d pixels, channel sums %s" % (WIDTH, HEIGHT, sums))
    print("digest:", digest)
    print("centre pixel:", pixels[(HEIGHT // 2) * WIDTH + WIDTH // 2])


main()
