# generators: generator functions and expressions in the common shapes: a
# recursive in-order tree walk with yield from, chained generator stages,
# generator expressions consumed by sum/max/any/all, zip and enumerate over
# generators, early-abandoned generators. Size: the tree has 2**k nodes for
# several rounds. Check: closed-form sums.
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


class Node:
    __slots__ = ("left", "value", "right")

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    """A balanced tree of lo..hi-1."""
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid), mid, build(mid + 1, hi))


def walk(node):
    if node is not None:
        yield from walk(node.left)
        yield node.value
        yield from walk(node.right)


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def take(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


def run(n, rounds):
    tree = build(0, n)
    checks = []
    for r in range(rounds):
        s = sum(walk(tree))
        if s != n * (n - 1) // 2:
            fail("tree walk sum %d" % s)
        sq = sum(squares(evens(counter(n))))
        m = n // 2
        want_sq = 4 * (m - 1) * m * (2 * m - 1) // 6 if n % 2 == 0 else None
        if want_sq is not None and sq != want_sq:
            fail("sum of even squares %d, expected %d" % (sq, want_sq))
        in_order = all(a == b for a, b in zip(walk(tree), counter(n)))
        if not in_order:
            fail("tree walk out of order")
        big = max(x * 3 % 1009 for x in counter(n))
        found = any(x == n // 3 for x in walk(tree))
        head = list(take(counter(n), 10))
        checks.append((s + sq + big + found + sum(head)) % 1000003)
    return checks


def main():
    n = 1 << 14
    rounds = bench_size(72, 1)
    checks = run(n, rounds)
    print("generators: %d rounds over %d items, check %d" % (rounds, n, checks[0]))
    if len(set(checks)) != 1:
        fail("rounds disagree: %r" % checks)
    m = n // 2
    want = (n * (n - 1) // 2 + 4 * (m - 1) * m * (2 * m - 1) // 6 + 1008 + 1 + 45) % 1000003
    if checks[0] != want:
        fail("check %d, expected %d" % (checks[0], want))


main()
