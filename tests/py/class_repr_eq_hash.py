class P: pass
p, q = P(), P()
r = repr(p)
print(r.startswith("<__main__.P object at 0x"), r.endswith(">"))
print(p == p, p == q, p != q, p is not q)
print(hash(p) == hash(p), hash(p) != hash(q))
d = {p: 1, q: 2}
print(d[p], d[q], len({p, q, p}))
print(str(p) == repr(p))
class Q: pass
print(P == P, P != Q, hash(P) == hash(P))
print(repr(P), str(Q), repr(type(p)))
