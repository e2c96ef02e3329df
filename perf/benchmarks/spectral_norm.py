# spectral_norm: the spectral norm of the infinite matrix
# A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), by ten rounds of the
# power method on an n x n corner (float division, generator sums, zip).
# Size: n. Check: the norm (CPython's figures, 1e-9 rel); it tends to
# 1.2742241 as n grows.
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


def a_elem(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times_a(u):
    n = len(u)
    return [sum([a_elem(i, j) * uj for j, uj in enumerate(u)]) for i in range(n)]


def times_at(u):
    n = len(u)
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += a_elem(j, i) * u[j]
        out.append(acc)
    return out


def times_ata(u):
    return times_at(times_a(u))


EXPECTED = {10: 1.271844019, 100: 1.274219991, 550: 1.274224125}


def main():
    n = bench_size(550, 10)
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = sum(ue * ve for ue, ve in zip(u, v))
    vv = sum(ve * ve for ve in v)
    norm = (vbv / vv) ** 0.5
    print("spectral_norm n=%d: %.9f" % (n, norm))
    if n in EXPECTED:
        check_close("norm", norm, EXPECTED[n], 1e-8)
    elif n >= 100 and abs(norm - 1.2742241) > 1e-5:
        fail("norm %r is not near 1.2742241" % norm)


main()
