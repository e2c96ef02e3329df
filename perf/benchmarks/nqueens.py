# nqueens: count the placements of n non-attacking queens, twice: by a
# generator-based backtracking search over sets of attacked columns and
# diagonals, for every board size up to n, and (for a smaller board) by
# filtering itertools.permutations through set sizes. Size: n. Check: the
# known solution counts.
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
from itertools import permutations

KNOWN = [1, 1, 0, 0, 2, 10, 4, 40, 92, 352, 724, 2680, 14200, 73712]


def place(n, row, cols, diag1, diag2):
    """Yields every completion (as a tuple of columns) of rows row..n-1."""
    if row == n:
        yield ()
        return
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        for rest in place(n, row + 1, cols, diag1, diag2):
            yield (c,) + rest
        cols.discard(c)
        diag1.discard(row + c)
        diag2.discard(row - c)


def by_permutations(n):
    cols = range(n)
    return sum(1 for vec in permutations(cols)
               if n == len({vec[i] + i for i in cols}) == len({vec[i] - i for i in cols}))


def valid(sol):
    n = len(sol)
    return all(sol[i] != sol[j] and abs(sol[i] - sol[j]) != j - i
               for i in range(n) for j in range(i + 1, n))


def solve(n):
    count = 0
    first = None
    for sol in place(n, 0, set(), set(), set()):
        if first is None:
            first = sol
            if not valid(sol):
                fail("invalid placement %r" % (sol,))
        count += 1
    if n < len(KNOWN) and count != KNOWN[n]:
        fail("%d solutions for n = %d, expected %d" % (count, n, KNOWN[n]))
    return count, first


def main():
    n = bench_size(12, 6)
    # Every board up to n, so that the small ones are checked as well.
    total = 0
    for k in range(1, n + 1):
        count, first = solve(k)
        total += count
    perm_n = min(n - 2, 9)
    pcount = by_permutations(perm_n)
    print("nqueens(%d): %d solutions, first %r; boards 1..%d: %d; by permutations (%d): %d"
          % (n, count, first, n, total, perm_n, pcount))
    if pcount != KNOWN[perm_n]:
        fail("permutation count for n = %d: expected %d" % (perm_n, KNOWN[perm_n]))


main()
