# Small pure callees inlined by the JIT at CALL_PY_EXACT_ARGS sites: every
# way out of the inlined body must give the interpreter's result (argument
# types changing mid-loop, int overflow, division by zero inside the callee,
# the callee's __code__ replaced, the global rebound, borrowed arguments
# returned, reference counts unchanged).
import sys


def a_elem(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def ident(x):
    return x


def second(x, y):
    t = y
    x
    return t


def mix(x, y):
    return x * 2.5 - y / 4 + x ** 2.0


def div(a, b):
    return a / b


def sub(a, b):
    return a - b


def rep(f, *args):
    """Runs f a few times (the later runs in compiled code); all results."""
    return [f(*args) for _ in range(8)]


def run_elem(n):
    acc = 0.0
    for i in range(n):
        for j in range(n):
            acc += a_elem(i, j) * 1.5
    return acc


print("elem", rep(run_elem, 100))


def run_types(n):
    out = []
    for k in range(n):
        x = k if k < n - 5 else k + 0.5
        if k == n - 2:
            x = 10 ** 30          # a big int: the int forms deopt
        out.append(a_elem(x, 1))
    return out[-6:]


print("types", rep(run_types, 50000))


def run_mix(n):
    acc = 0.0
    for k in range(n):
        acc += mix(k * 0.25, k)
        if k == n - 3:
            acc += mix(3, 4)      # two ints: float forms deopt
    return acc


print("mix", rep(run_mix, 50000))


def run_zero(n):
    got = []
    for k in range(n):
        try:
            got.append(div(1.0, 0.0) if k == n - 1 else div(1.0, 2.0))
        except ZeroDivisionError as e:
            got.append("zde")
    return got[-2:]


print("zero", rep(run_zero, 50000))


def run_div(n, bad):
    acc = 0.0
    for k in range(n):
        acc += div(1.0, (n - 1 - k) * 1.0 if bad else 2.0)
    return acc


try:
    for r in range(8):
        run_div(60000, r == 7)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("div raised", type(e).__name__, names)


def run_ident(n):
    obj = [1, 2]
    before = sys.getrefcount(obj)
    s = "abc"
    for k in range(n):
        r = ident(obj)
        r2 = second(obj, s)
        if r is not obj or r2 is not s:
            print("wrong", k)
    del r
    del r2
    return sys.getrefcount(obj) - before


print("ident refs", rep(run_ident, 50000))


def run_ident_mixed(n):
    out = []
    for k in range(n):
        v = k if k % 3 else (k, "t")
        out.append(ident(v))
    return out[-4:]


print("ident mixed", rep(run_ident_mixed, 50000))


SUB_CODE = sub.__code__


def run_subs(n):
    sub.__code__ = SUB_CODE
    acc = 0
    for k in range(n):
        acc += sub(k, 3)
        if k == n // 2:
            sub.__code__ = (lambda a, b: a + b).__code__
    return acc


print("code swap", rep(run_subs, 50000))


def twice(a, b):
    return a * 2


twice0 = twice


def run_rebind(n):
    global twice
    twice = twice0
    acc = 0
    for k in range(n):
        acc += twice(k, 0)
        if k == n // 2:
            twice = lambda a, b: a * 3 + b
    return acc


print("rebind", rep(run_rebind, 50000))


def run_overflow(n):
    x = 1
    out = []
    for k in range(n):
        x = sub(x * 3, 1) if x < 10 ** 40 else 1
        out.append(x)
    return out[-3:]


print("overflow", rep(run_overflow, 50000))
