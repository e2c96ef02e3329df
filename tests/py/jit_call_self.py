# Self-recursive calls from compiled code (H_CALL_PY_SELF): the callee is
# the function being compiled. Covers: plain recursion with 0..4 arguments,
# the callee deopting mid-call, RecursionError at the exact depth the
# interpreter raises it, an exception raised deep in the recursion and
# caught in a caller (traceback line), the global rebound to another
# function or its __code__ replaced while the compiled caller runs, a method
# calling itself through a global name, a name that is not the function.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", [fib(i) for i in range(15)], fib(22))


def count0():
    global _c0
    _c0 -= 1
    if _c0 <= 0:
        return 0
    return count0() + 1


_c0 = 0
for _ in range(200):
    _c0 = 30
    r0 = count0()
print("count0", r0)


def s2(a, b):
    if a <= 0:
        return b
    return s2(a - 1, b + a)


def s3(a, b, c):
    if a <= 0:
        return b * c
    return s3(a - 1, b + 1, c)


def s4(a, b, c, d):
    if a <= 0:
        return a + b + c + d
    return s4(a - 1, b, c, d + 1)


print("s2", [s2(i, 0) for i in range(300)][-3:])
print("s3", [s3(i, 0, 2) for i in range(300)][-3:])
print("s4", [s4(i, 1, 2, 3) for i in range(300)][-3:])


# The callee deopts mid-call: small ints until the argument turns into a
# float or a big int at some depth.
def walk(n, step):
    if n <= 0:
        return n * 2
    return walk(n - step, step) + step


for i in range(300):
    walk(20, 1)
print("walk", walk(20, 1), walk(20, 0.5), walk(2 ** 70, 2 ** 69), walk(7, True))


# RecursionError at the same depth as the interpreter.
def depth(n):
    return depth(n + 1)


def deepest(n):
    try:
        return deepest(n + 1)
    except RecursionError:
        return n


old = sys.getrecursionlimit()
for lim in (100, 250, 1000):
    sys.setrecursionlimit(lim)
    for _ in range(3):
        try:
            depth(0)
        except RecursionError as e:
            msg = str(e)
        got = deepest(0)
    print("limit", lim, msg, got)
sys.setrecursionlimit(old)


# An exception raised deep in the recursion, caught in an outer caller.
def boom(n):
    if n == 0:
        raise ValueError("bottom")
    return boom(n - 1) + 1


def catch_at(n):
    try:
        return boom(n)
    except ValueError as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append(tb.tb_lineno - boom.__code__.co_firstlineno)
            tb = tb.tb_next
        return (str(e), len(lines), lines)


for _ in range(200):
    catch_at(5)
print("boom", catch_at(5))


# The global rebound while compiled callers are on the stack: the inner
# calls go to the new function.
def rebind(n):
    global rebind
    if n == 5:
        saved = rebind
        rebind = lambda m: 1000
        try:
            return saved(n - 1) + rebind(n - 1)
        finally:
            rebind = saved
    if n <= 0:
        return 0
    return rebind(n - 1) + 1


for _ in range(200):
    rebind(3)
print("rebind", rebind(3), rebind(8), rebind(12))


# __code__ replaced while the compiled caller runs.
def other_code(n):
    return -n


def swap(n):
    if n == 4:
        keep = swap.__code__
        swap.__code__ = other_code.__code__
        try:
            return swap(n - 1) * 10
        finally:
            swap.__code__ = keep
    if n <= 0:
        return 0
    return swap(n - 1) + 1


for _ in range(200):
    swap(3)
print("swap", swap(3), swap(6), swap(9))


# A name equal to the function's that is not it (a method, an attribute).
class C:
    def go(self, n):
        if n <= 0:
            return 0
        return self.go(n - 1) + go(n)


def go(n):
    if n <= 0:
        return 1
    return go(n - 1) + 1


c = C()
for _ in range(200):
    c.go(3)
print("method", c.go(3), c.go(10))
