# Self-recursive calls whose frame push/pop compiled code does inline (the
# LLVM backend's H_CALL_PY_SELF fast path). Covers: the callee frames seen
# through sys._getframe (f_back chain, f_lineno, f_code, f_locals), locals
# released at return in order (a __del__ that re-enters the function,
# weakref callbacks), tracing switched on in the middle of the recursion,
# a callee that raises after deep returns, locals beyond the arguments,
# and recursion depth / RecursionError interplay after many inline calls.
import sys
import weakref


def chain(n):
    if n == 0:
        f = sys._getframe()
        out = [(f.f_locals["n"], f.f_code.co_name)]
        f = f.f_back
        while f is not None and f.f_code is chain.__code__:
            out.append((f.f_locals["n"], f.f_lineno - chain.__code__.co_firstlineno))
            f = f.f_back
        return out
    return chain(n - 1)


for _ in range(300):
    chain(4)
print("chain", chain(6))


log = []


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        log.append(("del", self.tag, plain(self.tag)))


def plain(k):
    if k <= 0:
        return 0
    return plain(k - 1) + 1


def holder(n):
    x = Noisy(n)
    if n <= 0:
        return 0
    r = holder(n - 1)
    return r + 1


for _ in range(200):
    holder(3)
log.clear()
print("holder", holder(4), log)


class Obj:
    pass


dead = []


def make(n):
    o = Obj()
    weakref.finalize(o, dead.append, n)
    if n <= 0:
        return 0
    return make(n - 1) + 1


for _ in range(200):
    make(2)
dead.clear()
print("make", make(5), dead)


# Extra locals (not arguments): they start unbound in every callee frame.
def locs(n):
    if n > 0:
        a = n * 2
        b = [n]
    r = locs(n - 1) if n > 0 else 0
    try:
        return r + a + b[0]
    except UnboundLocalError as e:
        return r - 1


for _ in range(200):
    locs(4)
print("locs", locs(7))


# Tracing turned on in the middle: the calls below run traced.
events = []


def tracer(frame, event, arg):
    if event == "call" and frame.f_code is traced.__code__:
        events.append(frame.f_locals["n"])
    return None


def traced(n, on):
    if n == on:
        sys.settrace(tracer)
    if n <= 0:
        return 0
    return traced(n - 1, on) + 1


for _ in range(300):
    traced(5, -1)
r = traced(6, 3)
sys.settrace(None)
print("traced", r, events)


# A raise after deep returns: the frames popped inline left the stack sane.
def sumdown(n):
    if n <= 0:
        return 0
    return sumdown(n - 1) + n


def raiser(n):
    if n <= 0:
        sumdown(50)
        raise KeyError(n)
    return raiser(n - 1)


for _ in range(200):
    sumdown(20)
try:
    raiser(30)
except KeyError as e:
    print("raiser", repr(e), sumdown(100))


# The depth counter stays exact after many inline calls and returns.
def deepest(n):
    try:
        return deepest(n + 1)
    except RecursionError:
        return n


for _ in range(200):
    sumdown(30)
sys.setrecursionlimit(300)
a = deepest(0)
for _ in range(50):
    sumdown(200)
b = deepest(0)
print("depth stable", a == b)


# Deopt inside a callee called inline: the argument turns into a float or
# a big int deep in the recursion.
def walk(n, step):
    if n <= 0:
        return n * 2
    return walk(n - step, step) + step


for _ in range(300):
    walk(12, 1)
print("walk", walk(12, 1), walk(12, 0.5), walk(2 ** 70, 2 ** 69))


# The references the inline frames take and give back balance, on every
# way out of the callee (return, deopt, exception, RecursionError).
def rc_delta(fn, *args):
    before = (sys.getrefcount(fn), sys.getrefcount(fn.__code__))
    for _ in range(50):
        try:
            fn(*args)
        except Exception:
            pass
    after = (sys.getrefcount(fn), sys.getrefcount(fn.__code__))
    return (after[0] - before[0], after[1] - before[1])


sys.setrecursionlimit(1000)
print("refs", rc_delta(sumdown, 40), rc_delta(raiser, 10), rc_delta(locs, 5),
      rc_delta(walk, 9, 0.5), rc_delta(walk, 2 ** 70, 2 ** 68), rc_delta(deepest, 0))
