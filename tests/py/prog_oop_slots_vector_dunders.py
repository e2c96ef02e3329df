class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
p = P(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    print(p.__dict__)
except AttributeError as e:
    print(e)
class Q(P):
    __slots__ = ("z",)
q = Q(1,2); q.z = 5
print(q.x, q.y, q.z, P.__slots__, Q.__slots__)
del q.z
try:
    q.z
except AttributeError as e:
    print(e)
class R(P): pass
r = R(1,2); r.w = 3; print(r.__dict__)
print(P.x, type(P.x).__name__)
class V:
    def __init__(self, *c): self.c = list(c)
    def __repr__(self): return f"V{tuple(self.c)}"
    def __add__(self, o): return V(*[a+b for a,b in zip(self.c, o.c)])
    def __sub__(self, o): return V(*[a-b for a,b in zip(self.c, o.c)])
    def __mul__(self, k): return V(*[a*k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __abs__(self): return sum(a*a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __hash__(self): return hash(tuple(self.c))
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __setitem__(self, i, v): self.c[i] = v
    def __contains__(self, v): return v in self.c
    def __bool__(self): return any(self.c)
    def __iadd__(self, o):
        self.c = [a+b for a,b in zip(self.c,o.c)]; return self
    def __matmul__(self, o): return sum(a*b for a,b in zip(self.c,o.c))
    def __call__(self, i): return self.c[i] * 10
    def __format__(self, spec): return "<" + ",".join(format(a, spec) for a in self.c) + ">"
a = V(1,2,3); b = V(4,5,6)
print(a+b, a-b, a*2, 3*a, -a, abs(V(3,4)), a==V(1,2,3), a!=b, len(a), a[1], a[-1], a[0:2])
print(2 in a, 9 in a, bool(V(0,0)), bool(a), a@b, a(2), f"{a:>4}", format(b, ".1f"))
a[0] = 10; a += b; print(a, {a: 1, V(1): 2}, hash(V(1,2)) == hash((1,2)))
print(list(a), list(reversed(a)), sorted(a, reverse=True), sum(a), max(a))
try:
    a < b
except TypeError as e:
    print(e)
try:
    a / 2
except TypeError as e:
    print(e)
try:
    hash(P(1,2)); print("hashable")
    class N:
        def __eq__(s, o): return True
    hash(N())
except TypeError as e:
    print(e)
