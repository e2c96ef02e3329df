import weakref, gc
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return "A(%d)" % self.n
a = A(1)
r = weakref.ref(a)
print(r() is a, r() , weakref.getweakrefcount(a))
print(weakref.ref(a) is r)
log = []
r2 = weakref.ref(a, lambda w: log.append(("cb2", w is r2, w())))
r3 = weakref.ref(a, lambda w: log.append(("cb3", w is r3)))
print(r2 is r, r2 == r, hash(r) == hash(a), weakref.getweakrefcount(a))
print(r2.__callback__ is not None, r.__callback__)
del a
print(log, r(), r2(), weakref.getweakrefcount(r))
try: hash(weakref.ref(A(2)))
except TypeError as e: print("TypeError", e)
for x in (1, "s", [1], (1,), {}, None, 1.5):
    try: weakref.ref(x)
    except TypeError as e: print(e)
def f(): pass
print(weakref.ref(f)() is f, weakref.ref(A)() is A, weakref.ref({1})() is not None)
# cycles
b = A(3); b.self = b
rb = weakref.ref(b, lambda w: print("cycle cb", w() is None))
del b
print("collect", gc.collect() > 0, rb())
# proxy
c = A(4)
p = weakref.proxy(c)
print(p.n, str(p), p == c)
p.n = 5
print(c.n)
del c
try: p.n
except ReferenceError as e: print("ReferenceError", e)
