# Python-to-Python calls from compiled code: every call form's fast path
# (callee compiled or not, deopting inside the callee, recursion to
# RecursionError, exceptions crossing compiled frames, the callee replaced
# while a compiled caller runs, default arguments, __init__).
import sys


def add1(x):
    return x + 1


def caller_exact(n):
    t = 0
    for i in range(n):
        t += add1(i)
    return t


print("exact", caller_exact(3000))


# Callees that are never hot: a fresh code object per function, each called
# a few times from a hot caller.
fresh = []
for k in range(40):
    ns = {}
    exec("def g%d(a, b):\n    return a * %d + b\n" % (k, k), ns)
    fresh.append(ns["g%d" % k])


def caller_cold(n):
    t = 0
    for i in range(n):
        t += fresh[i % 40](i, 1)
    return t


print("cold", caller_cold(200), caller_cold(3000))


# A callee that deopts mid-call: small ints for a while, then big ints and
# floats and strings through the same compiled code.
def arith(a, b):
    c = a - b
    d = c * 3
    return d + a


def caller_deopt(n):
    out = []
    for i in range(n):
        if i < n - 4:
            v = arith(i, 1)
        elif i == n - 4:
            v = arith(2 ** 62, -(2 ** 62))
        elif i == n - 3:
            v = arith(1.5, 0.25)
        elif i == n - 2:
            v = arith(10 ** 30, 1)
        else:
            v = arith(3, True)
        out.append(v)
    return out[-6:]


print("deopt", caller_deopt(3000))


# Recursion to RecursionError from compiled code, caught, repeatedly; the
# depth is restored each time.
def recurse(n):
    return recurse(n + 1) + 1


def probe(n):
    if n == 0:
        return 0
    return probe(n - 1) + 1


def method_recurse_holder():
    class R:
        def down(self, n):
            return self.down(n + 1) + 1
    return R()


def recursion(k):
    msgs = set()
    r = 0
    rr = method_recurse_holder()
    for i in range(k):
        try:
            recurse(0)
        except RecursionError as e:
            msgs.add(str(e))
        try:
            rr.down(0)
        except RecursionError as e:
            msgs.add(str(e))
        r = probe(400)
    print("recursion", sorted(msgs), r)


recursion(30)


# The recursion limit seen from compiled callers: the deepest level reached
# is the same in every mode.
def depth_count(n):
    try:
        return depth_count(n + 1)
    except RecursionError:
        return n


def limit_test():
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(300)
    try:
        res = set()
        for i in range(50):
            res.add(depth_count(0))
        return sorted(res)
    finally:
        sys.setrecursionlimit(old)


print("limit", limit_test())


# An exception raised in a callee, caught in the caller; tracebacks through
# compiled frames carry the right line numbers.
def level3(i):
    if i % 250 == 249:
        raise ValueError("bad %d" % i)
    return i


def level2(i):
    x = level3(i)
    return x + 1


def level1(n):
    caught = []
    for i in range(n):
        try:
            level2(i)
        except ValueError as e:
            tb = e.__traceback__
            lines = []
            while tb is not None:
                lines.append(tb.tb_lineno - level1.__code__.co_firstlineno)
                tb = tb.tb_next
            caught.append((str(e), lines))
    return caught


for c in level1(1000)[:2]:
    print("caught", c)


# The callee replaced while the compiled caller runs: its __code__
# reassigned, the global rebound.
def target(x):
    return x + 1


def other_code(x):
    return x * 2


def other_fn(x):
    return x - 1


def caller_replace(n):
    out = []
    for i in range(n):
        if i == n // 3:
            target.__code__ = other_code.__code__
        if i == 2 * n // 3:
            globals()["target"] = other_fn
        out.append(target(i))
    return out[n // 3 - 1:n // 3 + 1] + out[2 * n // 3 - 1:2 * n // 3 + 1] + out[-1:]


print("replace", caller_replace(3000))


def swap_self(x):
    # a callee that rebinds itself in the middle of its own call
    global swap_self
    swap_self = lambda x: -x
    return x


def caller_swap(n):
    global swap_self
    t = 0
    keep = swap_self
    for i in range(n):
        t += swap_self(i)
        if i % 7 == 0:
            swap_self = keep
    return t


print("swap", caller_swap(3000))


# Default arguments.
def defs(a, b=10, c=100):
    return a + b + c


def caller_defaults(n):
    t = 0
    for i in range(n):
        t += defs(i)
        t += defs(i, 1)
        t += defs(i, 1, 2)
        if i == n // 2:
            defs.__defaults__ = (20, 200)
    return t


print("defaults", caller_defaults(3000))


def defs_gone(a, b=1):
    return a + b


def caller_defaults_gone(n):
    t = 0
    msg = None
    for i in range(n):
        try:
            t += defs_gone(i)
        except TypeError as e:
            msg = str(e)
        if i == n - 10:
            defs_gone.__defaults__ = None
    return t, msg


print("defaults gone", caller_defaults_gone(3000))


# Methods (bound and through LOAD_METHOD), __init__ with and without
# defaults, __init__ returning non-None.
class P:
    def __init__(self, x, y=5):
        self.x = x
        self.y = y

    def total(self, k):
        return self.x + self.y + k


class BadInit:
    def __init__(self, v):
        self.v = v
        if v == 2999:
            return v


def caller_methods(n):
    t = 0
    err = None
    for i in range(n):
        p = P(i)
        q = P(i, 1)
        m = q.total
        t += p.total(1) + m(2)
        try:
            t += BadInit(i).v
        except TypeError as e:
            err = str(e)
    return t, err


print("methods", caller_methods(3000))


# A callee that is a generator function, and one that closes over a cell.
def gen(n):
    for i in range(n):
        yield i


def make_adder(k):
    def adder(x):
        return x + k
    return adder


def caller_misc(n):
    t = 0
    ad = make_adder(7)
    for i in range(n):
        t += sum(gen(3)) + ad(i)
    return t


print("misc", caller_misc(3000))


# An exception unwinding through several compiled frames, caught far up.
def deep(n):
    if n == 0:
        raise KeyError("bottom")
    return deep(n - 1) + 1


def caller_deep(n):
    c = 0
    for i in range(n):
        try:
            deep(i % 20)
        except KeyError as e:
            c += 1
            last = e
    return c, repr(last)


print("deep", caller_deep(2000))


# locals() inside a compiled callee sees its arguments and defaults.
def show(a, b=3):
    c = a + b
    return sorted(locals().items())


def caller_locals(n):
    r = None
    for i in range(n):
        r = show(i), show(i, 0)
    return r


print("locals", caller_locals(2000))
