# fib: naive doubly recursive Fibonacci (calls, returns, small-int
# arithmetic, comparisons). Size: n. Check: against an iterative loop and the
# known value of fib(30).
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


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main():
    n = bench_size(36, 15)
    r = fib(n)
    print("fib(%d) = %d" % (n, r))
    if r != fib_loop(n):
        fail("fib(%d) = %d, the loop says %d" % (n, r, fib_loop(n)))
    if fib_loop(30) != 832040:
        fail("fib_loop(30) = %d" % fib_loop(30))


main()
