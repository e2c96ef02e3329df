# raytrace: a Whitted-style ray tracer: three spheres over a checkered plane,
# two point lights, shadows and reflections (small vector objects with
# operator overloading, float math, virtual dispatch on shapes).
# Size: the image is size x size pixels. Check: a checksum of the 8-bit
# pixels (CPython's figures) and that the image is not flat.
import sys


def bench_size(default, smoke):
    """The problem size: --size N (or --size smoke), else COIL_BENCH_SIZE."""
    val = None
    args = sys.argv[1:]
    for i, a in enumerate(args):
        if a == "--size" and i + 1 < len(args):
            val = args[i + 1]
        elif a.startswith("--size="):
            val = a[7:]
    if val is None:
        try:
            import os
            val = os.environ.get("COIL_BENCH_SIZE")
        except ImportError:
            val = None
    if not val:
        return default
    if val == "smoke":
        return smoke
    return int(val)


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def check_close(what, got, want, rel=1e-9):
    if abs(got - want) > rel * max(1.0, abs(want)):
        fail("%s: got %r, expected %r" % (what, got, want))
import math

EPS = 1e-6


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        n = self.length()
        return Vec(self.x / n, self.y / n, self.z / n)

    def mix(self, o):
        """Component-wise product (colour filtering)."""
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


BLACK = Vec(0.0, 0.0, 0.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, colour, diffuse, specular, reflect, checker=None):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect
        self.checker = checker

    def colour_at(self, p):
        if self.checker is None:
            return self.colour
        if (math.floor(p.x) + math.floor(p.z)) % 2 == 0:
            return self.colour
        return self.checker


class Shape:
    def __init__(self, material):
        self.material = material


class Sphere(Shape):
    def __init__(self, centre, radius, material):
        Shape.__init__(self, material)
        self.centre = centre
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPS:
            return t
        t = -b + root
        if t > EPS:
            return t
        return None

    def normal_at(self, p):
        return (p - self.centre).unit()


class Plane(Shape):
    def __init__(self, point, normal, material):
        Shape.__init__(self, material)
        self.point = point
        self.normal = normal.unit()

    def intersect(self, ray):
        d = ray.direction.dot(self.normal)
        if abs(d) < EPS:
            return None
        t = (self.point - ray.origin).dot(self.normal) / d
        return t if t > EPS else None

    def normal_at(self, p):
        return self.normal


class Scene:
    def __init__(self):
        self.shapes = [
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0),
                  Material(Vec(0.9, 0.9, 0.9), 0.8, 0.1, 0.25, Vec(0.1, 0.1, 0.1))),
            Sphere(Vec(0.0, 1.0, 0.0), 1.0, Material(Vec(0.9, 0.2, 0.2), 0.7, 0.6, 0.3)),
            Sphere(Vec(-2.2, 0.7, 1.0), 0.7, Material(Vec(0.2, 0.8, 0.3), 0.8, 0.3, 0.1)),
            Sphere(Vec(1.8, 0.5, 1.5), 0.5, Material(Vec(0.3, 0.3, 0.95), 0.5, 0.9, 0.6)),
        ]
        self.lights = [(Vec(-4.0, 6.0, 5.0), Vec(0.8, 0.8, 0.8)),
                       (Vec(5.0, 4.0, 3.0), Vec(0.4, 0.35, 0.3))]
        self.ambient = 0.08
        self.max_depth = 3

    def nearest(self, ray):
        best_t = None
        best = None
        for s in self.shapes:
            t = s.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = s
        return best, best_t

    def shadowed(self, p, light_pos):
        to_light = light_pos - p
        dist = to_light.length()
        ray = Ray(p, to_light * (1.0 / dist))
        for s in self.shapes:
            t = s.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        shape, t = self.nearest(ray)
        if shape is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.6, 0.75, 1.0) * k + Vec(1.0, 1.0, 1.0) * (1.0 - k) * 0.3
        p = ray.at(t)
        n = shape.normal_at(p)
        if n.dot(ray.direction) > 0.0:
            n = -n
        m = shape.material
        base = m.colour_at(p)
        colour = base * self.ambient
        for light_pos, light_colour in self.lights:
            if self.shadowed(p, light_pos):
                continue
            l = (light_pos - p).unit()
            lambert = n.dot(l)
            if lambert > 0.0:
                colour = colour + base.mix(light_colour) * (m.diffuse * lambert)
                h = (l - ray.direction).unit()
                spec = n.dot(h)
                if spec > 0.0:
                    colour = colour + light_colour * (m.specular * spec ** 32)
        if depth < self.max_depth and m.reflect > 0.0:
            d = ray.direction
            r = d - n * (2.0 * d.dot(n))
            colour = colour + self.trace(Ray(p, r), depth + 1) * m.reflect
        return colour


def to_byte(c):
    c = int(c * 255.0 + 0.5)
    return 0 if c < 0 else 255 if c > 255 else c


def render(size):
    scene = Scene()
    eye = Vec(0.0, 1.6, 7.0)
    target = Vec(0.0, 0.8, 0.0)
    forward = (target - eye).unit()
    right = Vec(forward.z, 0.0, -forward.x).unit() * -1.0
    up = Vec(right.y * forward.z - right.z * forward.y,
             right.z * forward.x - right.x * forward.z,
             right.x * forward.y - right.y * forward.x)
    half = math.tan(math.radians(25.0))
    checksum = 0
    distinct = set()
    for j in range(size):
        v = (1.0 - 2.0 * (j + 0.5) / size) * half
        for i in range(size):
            u = (2.0 * (i + 0.5) / size - 1.0) * half
            d = (forward + right * u + up * v).unit()
            c = scene.trace(Ray(eye, d), 0)
            r, g, b = to_byte(c.x), to_byte(c.y), to_byte(c.z)
            checksum = (checksum * 31 + (r << 16 | g << 8 | b)) % 1000000007
            distinct.add((r, g, b))
    return checksum, len(distinct)


EXPECTED = {12: (731824012, 93), 260: (440210412, 11233)}


def main():
    size = bench_size(260, 12)
    checksum, ncolours = render(size)
    print("raytrace %dx%d: checksum %d, %d colours" % (size, size, checksum, ncolours))
    if ncolours < 10:
        fail("only %d distinct colours: the image is flat" % ncolours)
    if size in EXPECTED and (checksum, ncolours) != EXPECTED[size]:
        fail("expected checksum and colours %r" % (EXPECTED[size],))


main()
