import weakref
class P:
    def __init__(self): self.v = [1, 2, 3]; self.name = "p"
    def hello(self, x): return "hello %s %s" % (self.name, x)
    def __len__(self): return len(self.v)
    def __getitem__(self, i): return self.v[i]
    def __call__(self, a): return a * 2
    def __str__(self): return "P-object"
o = P()
p = weakref.proxy(o)
print(p.name, p.hello(3), len(p), p[1], str(p), bool(p), 2 in p, list(p))
print(type(p).__name__ if hasattr(type(p), "__name__") else type(p), p(21))
p.name = "q"
print(o.name, p.hello("x"))
print(weakref.getweakrefcount(o), weakref.getweakrefs(o) == [p])
def plain(): return 5
fp = weakref.proxy(plain)
print(fp())
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
del o
for attempt in (lambda: p.name, lambda: len(p), lambda: str(p), lambda: p(1)):
    try:
        attempt()
    except ReferenceError as e:
        print("ReferenceError:", e)
# finalize
class R: pass
r = R()
log = []
f = weakref.finalize(r, log.append, "finalized")
print(f.alive, log)
del r
print(f.alive, log)
r2 = R()
f2 = weakref.finalize(r2, lambda *a, **k: log.append((a, k)), 1, 2, k=3)
print(f2(), log[-1], f2.alive, f2())
f3 = weakref.finalize(r2, log.append, "never")
print(f3.detach()[1:] == (log.append, ("never",), {}), f3.alive)
del r2
print(log)
# WeakMethod
class M:
    def m(self): return "method result"
mo = M()
wm = weakref.WeakMethod(mo.m)
print(wm()(), wm == weakref.WeakMethod(mo.m))
del mo
print(wm())
