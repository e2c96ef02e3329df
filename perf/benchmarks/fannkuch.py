# fannkuch: pancake flipping over every permutation of 0..n-1 (list slicing
# and reversal, swaps, integer bookkeeping). Size: n.
# Check: the permutation checksum and the maximum number of flips, known for
# n = 3..11.
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


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    nperm = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        first = perm1[0]
        if first:
            perm = perm1[:]
            flips = 0
            while first:
                perm[:first + 1] = perm[first::-1]
                flips += 1
                first = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += -flips if nperm & 1 else flips
        nperm += 1
        # Next permutation: rotate the first r + 1 elements left until a
        # counter has not run out.
        while True:
            if r == n:
                return checksum, max_flips
            head = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


KNOWN = {3: (2, 2), 4: (4, 4), 5: (11, 7), 6: (49, 10), 7: (228, 16),
         8: (1616, 22), 9: (8629, 30), 10: (73196, 38), 11: (556355, 51)}


def main():
    n = bench_size(10, 6)
    checksum, flips = fannkuch(n)
    print("fannkuch(%d): checksum %d, max flips %d" % (n, checksum, flips))
    if n in KNOWN and (checksum, flips) != KNOWN[n]:
        fail("fannkuch(%d) = %r, expected %r" % (n, (checksum, flips), KNOWN[n]))


main()
