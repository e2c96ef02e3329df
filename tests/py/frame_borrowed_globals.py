# Frames of functions borrow globals/builtins from the function object:
# the function must keep them alive for as long as any of its frames runs,
# including generator frames that outlive every other reference.
import sys, gc

def make(src, name):
    ns = {"__builtins__": __builtins__}
    exec(src, ns)
    f = ns[name]
    del ns           # only the function holds its globals now
    return f

gen_src = """
counter = 0
def g(n):
    global counter
    for i in range(n):
        counter += i
        yield counter, len(str(i))
"""
g = make(gen_src, "g")
it = g(5)
del g
gc.collect()
print(list(it))
del it
gc.collect()

# A function that removes every other reference to itself and its module
# dict while running, then keeps using its globals.
self_src = """
K = 10
def f(d):
    k = K
    d.clear()
    import gc as _gc
    _gc.collect()
    return [k * i for i in range(3)], sum(range(k)), len(globals())
"""
ns = {}
exec(self_src, ns)
d = ns
del ns
print(d.pop("f")(d))
print(len(d))

# Recursion through a function that is dropped by its caller.
rec_src = """
def r(n):
    if n == 0:
        return sys_depth()
    return r(n - 1) + 1
"""
def sys_depth():
    return 0
ns = {"sys_depth": sys_depth}
exec(rec_src, ns)
r = ns["r"]
del ns
for _ in range(3):
    print(r(50))

# f_globals / f_builtins of running frames.
def inner():
    fr = sys._getframe()
    return fr.f_globals is globals(), fr.f_back.f_code.co_name, fr.f_builtins["len"] is len
def outer():
    return inner()
for _ in range(3):
    print(outer())

# Generators suspended across gc with cycles through their frame.
def cyc():
    me = yield
    yield me
for _ in range(3):
    c = cyc()
    next(c)
    c.send(c)
    del c
    print(gc.collect() >= 0)

# __init__ frames and plain frames interleaved, many times (return paths).
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
def total(n):
    s = 0
    for i in range(n):
        s += P(i).get()
    return s
print(total(3000))

# RecursionError still raised and recovered.
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", type(e).__name__)
print(total(10))
