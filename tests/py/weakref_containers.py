import weakref, gc
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return "K(%d)" % self.n
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
ks = [K(i) for i in range(5)]
d = weakref.WeakValueDictionary()
for k in ks: d[k.n] = k
print(len(d), sorted(d.keys()), d[2], d.get(9), 3 in d)
del ks[0]
print(len(d), sorted(d.keys()), 0 in d)
d[1] = K(100)          # the only reference is the dict's weak one
print(len(d), 1 in d, sorted(d))
print(sorted(v.n for v in d.values()), sorted(k for k, v in d.items()))
print(d.pop(2), len(d), d.setdefault(7, ks[-1]))
wk = weakref.WeakKeyDictionary()
for k in ks: wk[k] = k.n * 10
print(len(wk), wk[ks[0]], ks[1] in wk, sorted(wk.values()))
x = ks.pop()
del x
print(len(wk), sorted(k.n for k in wk.keys()))
s = weakref.WeakSet()
objs = [K(i) for i in range(4)]
for o in objs: s.add(o)
print(len(s), objs[1] in s, K(9) in s)
del objs[1:3]
print(len(s), sorted(o.n for o in s))
s.discard(objs[0])
print(len(s), list(s))
# cycles are collected and leave the containers
c = K(50); c.me = c
s.add(c); wk[c] = 1; d["c"] = c
del c
gc.collect()
print(len(s), len(wk), "c" in d)
