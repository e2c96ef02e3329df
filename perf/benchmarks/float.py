# float: allocate many small point objects from trigonometric formulas,
# normalise each in place and fold them into a running maximum (object
# allocation and deallocation, attribute stores, math.sin/cos/sqrt).
# Size: thousands of points per round (10 rounds). Check: the final maximum
# point (CPython's figures) and its components' bounds.
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
from math import sin, cos, sqrt


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.9f, y=%.9f, z=%.9f>" % (self.x, self.y, self.z)

    def normalize(self):
        x, y, z = self.x, self.y, self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def one_round(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


EXPECTED = {2000: "<Point: x=0.894369175, y=1.000000000, z=0.447180906>",
            200000: "<Point: x=0.894427190, y=1.000000000, z=0.447213595>"}


def main():
    n = bench_size(200, 2) * 1000
    best = None
    for r in range(10):
        best = one_round(n + r)
    text = repr(best)
    print("float %d points x 10: %s" % (n, text))
    for c in (best.x, best.y, best.z):
        if not (0.0 < c <= 1.0):
            fail("component %r out of (0, 1]" % c)
    if n in EXPECTED and text != EXPECTED[n]:
        fail("expected %s" % EXPECTED[n])


main()
