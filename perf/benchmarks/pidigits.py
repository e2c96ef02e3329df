# pidigits: digits of pi by Gibbons' unbounded spigot (big-integer
# multiplication, addition and floor division on ever-growing ints).
# Size: the number of digits. Check: the first 100 digits, and a digest of
# all of them (CPython's figures).
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

PI100 = ("31415926535897932384626433832795028841971693993751"
         "05820974944592307816406286208998628034825342117067")


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


EXPECTED = {100: 316213295, 6000: 432282797}


def main():
    n = bench_size(6000, 100)
    digits = pi_digits(n)
    text = "".join(map(str, digits))
    digest = 0
    for d in digits:
        digest = (digest * 10 + d) % 1000000007
    print("pidigits: %d digits, ...%s, digest %d" % (n, text[-20:], digest))
    if text[:100] != PI100[:min(n, 100)]:
        fail("wrong leading digits %s" % text[:100])
    if n in EXPECTED and digest != EXPECTED[n]:
        fail("digest %d, expected %d" % (digest, EXPECTED[n]))


main()
