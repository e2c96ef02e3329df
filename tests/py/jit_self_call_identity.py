# Self-recursive calls compiled inline (H_CALL_PY_SELF): the callable is
# the frame's own function (the fast path), another function object with
# the same code, a function rebound mid-recursion, __code__ swapped
# mid-recursion, the recursion limit, tracebacks and sys._getframe.
import sys
import types


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for _ in range(30):
    fib(12)
print("fib", fib(20))

# another function object with the same code and its own globals: the
# callee's frame must get the twin's globals (g2["fib"] is the twin)
g2 = {"__builtins__": __builtins__}
twin = types.FunctionType(fib.__code__, g2, "fib")
g2["fib"] = twin
for _ in range(30):
    twin(10)
print("twin", twin(18))
print("twin globals", twin.__globals__ is g2, fib.__globals__ is globals())
# a twin in these globals: its frame runs fib's code, the callable it
# calls is fib (not the frame's own function)
twin2 = types.FunctionType(fib.__code__, globals(), "fib")
for _ in range(30):
    twin2(10)
print("twin2", twin2(19), twin2 is not fib)


# a global rebound mid-recursion
def walk(n):
    global walk
    if n == 0:
        return 0
    if n == 7:
        walk = other
    return 1 + walk(n - 1)


def other(n):
    return 1000 + n


orig_walk = walk
for _ in range(40):
    walk = orig_walk
    walk(3)
walk = orig_walk
print("rebound", walk(10))
walk = orig_walk


# __code__ swapped mid-recursion
def down(n, swap):
    if n == 0:
        return "bottom"
    if n == swap:
        down.__code__ = alt.__code__
    return down(n - 1, swap)


def alt(n, swap):
    return "alt at %d" % n


orig_down = down.__code__
for _ in range(40):
    down(5, -1)
print("swap", down(20, 12))
down.__code__ = orig_down
print("unswapped", down(5, -1))


# frames seen from the callee
def depth_probe(n):
    if n == 0:
        f = sys._getframe()
        names = []
        while f is not None and f.f_code is depth_probe.__code__:
            names.append(f.f_locals["n"])
            f = f.f_back
        return names
    return depth_probe(n - 1)


for _ in range(40):
    depth_probe(3)
print("getframe", depth_probe(6))


# tracebacks through compiled recursion
def boom(n):
    if n == 0:
        raise ValueError("bottom")
    return boom(n - 1)


for _ in range(40):
    try:
        boom(3)
    except ValueError:
        pass
try:
    boom(5)
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("traceback", lines)


# the recursion limit in a compiled self-recursive function
def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


for _ in range(200):
    deep(5)
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
for k in (150, 190, 199, 250):
    try:
        print("deep", k, deep(k))
    except RecursionError as e:
        print("deep", k, "RecursionError", e)
sys.setrecursionlimit(old)
print("after", deep(100), fib(15))
print("refs stable", sys.getrefcount(fib) == sys.getrefcount(fib))
