# telco: the pyperformance "telco" benchmark's kernel: price telephone calls
# with the decimal module (Decimal(int), multiplication, quantize with
# ROUND_DOWN / ROUND_HALF_EVEN, addition, str of each price). The call
# durations come from a fixed linear congruential generator instead of
# telco's data file. Size: thousands of calls (default 100). Check: the
# three running sums and a digest of the printed prices (CPython's figures).
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


from decimal import (Decimal, getcontext, localcontext, ROUND_DOWN,
                     ROUND_HALF_EVEN)


def durations(n):
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        yield x % 100000


def run(n):
    rates = [Decimal('0.0013'), Decimal('0.00894')]
    twodig = Decimal('0.01')
    basictax = Decimal('0.0675')
    disttax = Decimal('0.0341')
    sum_t = Decimal(0)
    sum_b = Decimal(0)
    sum_d = Decimal(0)
    digest = 0
    for d in durations(n):
        calltype = d & 1
        r = rates[calltype]
        nd = Decimal(d)
        p = (r * nd).quantize(twodig, rounding=ROUND_HALF_EVEN)
        b = (p * basictax).quantize(twodig, rounding=ROUND_DOWN)
        sum_b += b
        t = p + b
        if calltype:
            dd = (p * disttax).quantize(twodig, rounding=ROUND_DOWN)
            sum_d += dd
            t += dd
        sum_t += t
        s = str(t)
        digest = (digest * 31 + len(s) + ord(s[-1])) % 1000000007
    return sum_t, sum_b, sum_d, digest


EXPECTED = {2000: "561409.44 34526.32 15234.27 547956878",
            100000: "28153580.77 1731443.08 763739.79 267893464"}


def main():
    n = bench_size(100, 2) * 1000
    with localcontext() as ctx:
        ctx.rounding = ROUND_DOWN
        res = run(n)
    text = "%s %s %s %d" % res
    print("telco %d calls: %s" % (n, text))
    if EXPECTED.get(n) is not None and text != EXPECTED[n]:
        fail("expected %s" % EXPECTED[n])


main()
