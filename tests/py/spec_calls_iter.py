# CALL, FOR_ITER, subscript, unpack and containment sites that see one
# kind of operand and then another.
def two(a, b):
    return a * 10 + b

class C:
    def __init__(self, v):
        self.v = v
    def m(self, x):
        return self.v + x
    def m2(self, a, b):
        return self.v + a * b

def call(f, *args):
    return f(*args)

def call2(f):
    return f(1, 2)

fs = [two, lambda a, b: a - b, C(5).m2, max, min, print, C]
for f in fs:
    for _ in range(20):
        r = call2(f) if f not in (C, print) else None
    print(r if f is not C else "C")
try:
    call2(lambda a: a)
except TypeError as e:
    print("TypeError:", e)
def bm(c):
    return c.m(1)
cs = [C(i) for i in range(5)]
print([bm(c) for c in cs * 4][-5:])
C.m = lambda self, x, y=10: self.v * y + x
print([bm(c) for c in cs])

def it(seq):
    out = []
    for x in seq:
        out.append(x)
    return out
for s in ([1, 2], (3, 4), range(3), "ab", {5: 0}, iter([6]), (x for x in [7]), range(2**60, 2**60 + 2)):
    print(it(s))

def lst_mut(l):
    out = []
    for x in l:
        if x == 1:
            l.append(99)
        out.append(x)
    return out
print(lst_mut([0, 1, 2]))

def sub(c, k):
    return c[k]
for c, k in (([1, 2, 3], 1), ((4, 5), -1), ({"a": 1}, "a"), ("xyz", 2), ([1, 2], slice(0, 1)), ({1: 2}, 1.0)):
    for _ in range(20):
        v = sub(c, k)
    print(v)
for c, k in (([1], 5), ((1,), -5), ({}, "missing")):
    try:
        sub(c, k)
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e)
class D(dict):
    def __missing__(self, k):
        return "missing " + str(k)
print(sub(D(), "z"))

def store(c, k, v):
    c[k] = v
    return c
for _ in range(20):
    store([0, 0], 1, 5)
print(store([0, 0], -1, 7), store({}, "k", 1))
try:
    store([0], 3, 1)
except IndexError as e:
    print("IndexError:", e)

def unpack(p):
    a, b = p
    return a - b
for p in [(5, 3)] * 20 + [[9, 1], "ab" if False else (1, 1), iter((8, 2))]:
    r = unpack(p)
print(r)
try:
    unpack((1, 2, 3))
except ValueError as e:
    print("ValueError:", e)

def has(c, x):
    return x in c
for c in ({1: 2}, {1, 2}, frozenset([1]), [1], "1", (1,), {}):
    for _ in range(20):
        r = has(c, 1) if not isinstance(c, str) else has(c, "1")
    print(type(c).__name__, r)
try:
    has({}, [])
except TypeError as e:
    print("TypeError:", e)

def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
print(rec(500))
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
