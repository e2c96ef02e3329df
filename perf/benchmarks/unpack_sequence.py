# unpack_sequence: tuple and list unpacking in tight loops: swaps, rotations,
# starred targets, nested targets, unpacking in for statements and of
# function results. Size: thousands of rounds. Check: closed-form totals.
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


def pair(i):
    return i, i + 1


def run(rounds):
    a, b, c, d = 1, 2, 3, 4
    total = 0
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    l = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    nested = ((1, 2), (3, (4, 5)))
    pairs = [(i, -i) for i in range(10)]
    for i in range(rounds):
        a, b, c, d = b, c, d, a                     # rotate: back after 4
        a, b = b, a
        a, b = b, a
        x0, x1, x2, x3, x4, x5, x6, x7, x8, x9 = t
        y0, y1, y2, y3, y4, y5, y6, y7, y8, y9 = l
        total += x0 + x9 + y0 + y9
        first, *middle, last = t
        total += first + last + len(middle)
        (p, q), (r, (s, u)) = nested
        total += p + q + r + s + u
        for k, neg in pairs:
            total += k + neg
        lo, hi = pair(i)
        total += hi - lo
        e, f, g = "xyz"
        if e != "x" or g != "z":
            fail("string unpacking gave %r %r %r" % (e, f, g))
    return total, (a, b, c, d)


def main():
    rounds = bench_size(2000, 5) * 1000
    total, state = run(rounds)
    want_state = [(1, 2, 3, 4), (2, 3, 4, 1), (3, 4, 1, 2), (4, 1, 2, 3)][rounds % 4]
    want_total = rounds * (1 + 10 + 10 + 100 + 1 + 10 + 8 + 15 + 0 + 1)
    print("unpack_sequence: %d rounds, total %d, state %r" % (rounds, total, state))
    if total != want_total:
        fail("total %d, expected %d" % (total, want_total))
    if state != want_state:
        fail("rotation state %r, expected %r" % (state, want_state))


main()
