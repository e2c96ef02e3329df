# coroutines: coroutine-style generator pipelines driven by send(): a
# producer pushes records through a parser, a filter, a broadcaster to two
# aggregating sinks; throw() resets a stage and close() flushes the sinks
# (generator send/throw/close, try/except/finally inside generators,
# GeneratorExit). Size: thousands of records. Check: the aggregates against
# the same figures computed directly.
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


def coroutine(fn):
    def start(*args):
        g = fn(*args)
        next(g)
        return g
    return start


class Reset(Exception):
    pass


@coroutine
def parse(target):
    while True:
        line = yield
        key, _, value = line.partition("=")
        target.send((key, int(value)))


@coroutine
def keep_if(pred, target):
    dropped = 0
    while True:
        try:
            item = yield
        except Reset:
            dropped = 0
            continue
        if pred(item):
            target.send(item)
        else:
            dropped += 1


@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


@coroutine
def sum_by_key(out):
    sums = {}
    try:
        while True:
            key, value = yield
            sums[key] = sums.get(key, 0) + value
    except GeneratorExit:
        out.append(sums)
        raise


@coroutine
def running_max(out):
    best = None
    count = 0
    try:
        while True:
            key, value = yield
            count += 1
            if best is None or value > best[1]:
                best = (key, value)
    finally:
        out.append((best, count))


def records(n):
    keys = ["alpha", "beta", "gamma", "delta", "eps"]
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield "%s=%d" % (keys[x % 5], (x >> 8) % 1000)


def main():
    n = bench_size(900, 5) * 1000
    sums_out, max_out = [], []
    s1 = sum_by_key(sums_out)
    s2 = running_max(max_out)
    filt = keep_if(lambda kv: kv[1] % 7 != 0, broadcast([s1, s2]))
    head = parse(filt)
    for i, rec in enumerate(records(n)):
        head.send(rec)
        if i % 1000 == 999:
            filt.throw(Reset)
    for g in (head, filt, s1, s2):
        g.close()
    sums = sums_out[0]
    best, count = max_out[0]
    # The same figures, directly.
    want_sums = {}
    want_best = None
    want_count = 0
    for rec in records(n):
        key, value = rec.split("=")
        value = int(value)
        if value % 7 == 0:
            continue
        want_sums[key] = want_sums.get(key, 0) + value
        want_count += 1
        if want_best is None or value > want_best[1]:
            want_best = (key, value)
    print("coroutines: %d records, %d kept, max %r, sums %r" % (n, count, best, sorted(sums.items())))
    if sums != want_sums or best != want_best or count != want_count:
        fail("pipeline disagrees with the direct computation: %r %r %r"
             % (want_sums, want_best, want_count))


main()
