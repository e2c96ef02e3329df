# chaos: the chaos game: a point jumps by randomly chosen weighted affine
# maps with flame-style nonlinear variations, and its visits are counted on a
# grid (floats, random.random, small objects, math.sin/sqrt/atan2).
# Size: thousands of iterations. Check: a digest of the visit grid under
# random.seed(1234) (CPython's figures) and that the attractor is not
# degenerate.
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
import random


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Map:
    def __init__(self, a, b, c, d, e, f, weight, variation):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight
        self.variation = variation

    def apply(self, p):
        x = self.a * p.x + self.b * p.y + self.e
        y = self.c * p.x + self.d * p.y + self.f
        v = self.variation
        if v == 1:       # sinusoidal
            x, y = math.sin(x), math.sin(y)
        elif v == 2:     # spherical
            r2 = x * x + y * y + 1e-9
            x, y = x / r2, y / r2
        elif v == 3:     # swirl
            r2 = x * x + y * y
            s, c = math.sin(r2), math.cos(r2)
            x, y = x * s - y * c, x * c + y * s
        elif v == 4:     # polar
            r = math.sqrt(x * x + y * y)
            x, y = math.atan2(x, y) / math.pi, r - 1.0
        return Point(x, y)


MAPS = [
    Map(0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 1.0, 0),
    Map(0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 1.0, 0),
    Map(0.5, 0.0, 0.0, 0.5, 0.25, 0.43, 1.0, 0),
    Map(0.6, -0.4, 0.4, 0.6, 0.1, -0.2, 0.6, 1),
    Map(0.7, 0.2, -0.2, 0.7, -0.3, 0.1, 0.4, 3),
    Map(-0.45, 0.3, 0.3, 0.45, 0.2, 0.2, 0.3, 2),
    Map(0.4, 0.1, -0.1, 0.4, 0.0, 0.5, 0.2, 4),
]


class Chooser:
    """Picks a map with probability proportional to its weight."""

    def __init__(self, maps):
        total = sum(m.weight for m in maps)
        acc = 0.0
        self.table = []
        for m in maps:
            acc += m.weight / total
            self.table.append((acc, m))

    def pick(self):
        r = random.random()
        for bound, m in self.table:
            if r < bound:
                return m
        return self.table[-1][1]


def run(iterations, width=96, height=64):
    random.seed(1234)
    grid = [[0] * width for _ in range(height)]
    chooser = Chooser(MAPS)
    p = Point(random.random(), random.random())
    lo_x = lo_y = -1.5
    span_x = span_y = 3.0
    skipped = 0
    for i in range(iterations):
        p = chooser.pick().apply(p)
        if not (-1e6 < p.x < 1e6 and -1e6 < p.y < 1e6):
            p = Point(random.uniform(-1.0, 1.0), random.uniform(-1.0, 1.0))
            skipped += 1
            continue
        if i < 20:
            continue
        gx = int((p.x - lo_x) / span_x * width)
        gy = int((p.y - lo_y) / span_y * height)
        if 0 <= gx < width and 0 <= gy < height:
            grid[gy][gx] += 1
    digest = 0
    lit = 0
    for row in grid:
        for n in row:
            digest = (digest * 1000003 + n) % 2305843009213693951
            if n:
                lit += 1
    return digest, lit, skipped


EXPECTED = {10000: (437102625602796318, 1682, 0),
            2400000: (871387216444211558, 5319, 0)}


def main():
    n = bench_size(2400, 10) * 1000
    digest, lit, skipped = run(n)
    print("chaos %d points: %d cells lit, %d restarts, digest %d" % (n, lit, skipped, digest))
    if lit < 50:
        fail("only %d cells lit: the attractor collapsed" % lit)
    if n in EXPECTED and (digest, lit, skipped) != EXPECTED[n]:
        fail("expected (digest, lit, restarts) %r" % (EXPECTED[n],))


main()
