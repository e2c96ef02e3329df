# sqlite_synth: an in-memory SQLite database driven from Python, in the
# spirit of pyperformance's sqlite_synth: rows inserted one execute() at a
# time and with executemany(), then read back through a Python function
# (math.cos) and a Python aggregate that SQLite calls per row, and through
# cursor iteration (the sqlite3 module: statement cache, parameter binding,
# row tuples, callbacks from C into Python).
# Size: thousands of rows. Check: row counts and sums (exact integers, and
# float sums compared with a tolerance).
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
import sqlite3


class SumSquares:
    def __init__(self):
        self.total = 0

    def step(self, v):
        self.total += v * v

    def finalize(self):
        return self.total


def run(n):
    con = sqlite3.connect(":memory:")
    con.execute("create table cos (i integer, x real, y real, z real, tag text)")
    # one execute() per row: the statement comes from the cache each time
    for i in range(n):
        con.execute("insert into cos values (?, ?, ?, ?, ?)",
                    (i, i * 0.001, (i % 97) * 0.01, (i % 13) * 0.1, "t%d" % (i % 10)))
    # executemany from a generator
    con.executemany("insert into cos values (?, ?, ?, ?, ?)",
                    ((n + i, i * 0.002, 0.5, 0.25, "m") for i in range(n)))
    con.commit()
    con.create_function("cos", 1, math.cos)
    con.create_aggregate("sumsq", 1, SumSquares)
    total = 0.0
    rows = 0
    for x, y, z in con.execute("select cos(x), cos(y), cos(z) from cos"):
        total += x + y + z
        rows += 1
    isum = 0
    for i, tag in con.execute("select i, tag from cos where i % 3 = 0"):
        isum += i + len(tag)
    groups = con.execute("select tag, count(*), sumsq(i % 100) from cos group by tag order by tag").fetchall()
    sq = sum(g[2] for g in groups)
    one = 0
    for i in range(0, 2 * n, 7):
        one += con.execute("select i from cos where rowid = ?", (i + 1,)).fetchone()[0]
    con.close()
    return rows, total, isum, len(groups), sq, one


def main():
    n = bench_size(100, 1) * 1000
    rows, total, isum, ngroups, sq, one = run(n)
    print("sqlite_synth %d rows: cos sum %.6f, %d groups, sums %d %d %d" % (rows, total, ngroups, isum, sq, one))
    if rows != 2 * n or ngroups != 11:
        fail("expected %d rows in 11 groups" % (2 * n))
    want_one = sum(range(0, 2 * n, 7))
    if one != want_one:
        fail("point lookups: got %d, expected %d" % (one, want_one))
    want_sq = sum((i % 100) ** 2 for i in range(2 * n))
    if sq != want_sq:
        fail("sumsq: got %d, expected %d" % (sq, want_sq))
    want_total = sum(math.cos(i * 0.001) + math.cos((i % 97) * 0.01) + math.cos((i % 13) * 0.1)
                     for i in range(n))
    want_total += sum(math.cos(i * 0.002) + math.cos(0.5) + math.cos(0.25) for i in range(n))
    check_close("cos sum", total, want_total, 1e-9)


main()
