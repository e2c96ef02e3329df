# Instance attributes stored inline in the instance (shape mode), the
# overflow vector, and every way out to a real dict.
import gc, weakref, copy

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

def loop_sum(objs):
    t = 0
    for o in objs:
        t += o.x + o.y + o.norm1()
    return t

ps = [P(i, -i) for i in range(200)]
print(loop_sum(ps))
for p in ps[::7]:
    p.x += 1
print(loop_sum(ps))

# growing past the inline capacity, in a loop (specialised stores/loads)
class Big:
    pass

def fill(o, n):
    for i in range(n):
        setattr(o, "a%d" % i, i)
    return o

bigs = [fill(Big(), n) for n in (0, 1, 7, 8, 9, 12, 30)]
for b in bigs:
    print(len(vars(b)), list(vars(b))[:3], sum(vars(b).values()))

class Many:
    def __init__(self):
        self.a = 1; self.b = 2; self.c = 3; self.d = 4; self.e = 5
        self.f = 6; self.g = 7; self.h = 8; self.i = 9; self.j = 10
    def total(self):
        return self.a + self.b + self.c + self.d + self.e + self.f + self.g + self.h + self.i + self.j

ms = [Many() for _ in range(50)]
print(sum(m.total() for m in ms))
ms[3].j = 100
print(ms[3].total(), ms[3].__dict__["j"])

# __dict__ reads and writes keep order and share the storage
p = P(1, 2)
d = p.__dict__
print(d)
p.z = 3
print(d, p.z)
d["w"] = 4
print(p.w, sorted(vars(p)))
p.__dict__ = {"x": 10, "y": 20}
print(p.x, p.y, p.norm1(), hasattr(p, "z"))
q = P(5, 6)
q.__dict__.update({"x": 50, "k": 7})
print(q.x, q.y, q.k, list(q.__dict__))

# delete, re-add: order as CPython
r = P(1, 2)
r.c = 3
del r.x
r.x = 9
print(list(vars(r).items()))
try:
    del r.nope
except AttributeError as e:
    print("AttributeError", e)
s = P(1, 2)
try:
    del s.nope
except AttributeError as e:
    print("AttributeError", e)
del s.y
print(vars(s), hasattr(s, "y"))

# names built at run time, non-interned strings
t = P(0, 0)
name = "".join(["dyn", "amic"])
setattr(t, name, 42)
print(getattr(t, "dynamic"), t.dynamic, getattr(t, "".join(["x"])))
print(getattr(t, "missing", "default"))

# instance attribute shadowing a method, set after calls specialised
class S:
    def m(self):
        return "method"
objs = [S() for _ in range(5)]
out = []
for i, o in enumerate(objs * 3):
    if i == 7:
        objs[2].m = lambda: "instance"
    out.append(o.m())
print(out)

# __class__ assignment between classes using inline values
class A:
    def __init__(self):
        self.a = 1
        self.b = 2
    def who(self):
        return "A", self.a, self.b
class B:
    def __init__(self):
        self.b = 20
    def who(self):
        return "B", self.b, getattr(self, "a", None)
x = A()
print(x.who())
x.__class__ = B
print(x.who())
x.c = 3
x.__class__ = A
print(x.who(), vars(x))

# subclasses share the inline block of their base
class A2(A):
    def __init__(self):
        super().__init__()
        self.z = 26
print(A2().who(), vars(A2()))

# weakrefs and cycles
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
n1 = Node(1); n2 = Node(2)
n1.next = n2; n2.next = n1
w = weakref.ref(n1)
print(w().v, w().next.v)
del n1, n2
gc.collect()
print(w())

class Node2(Node):
    pass
chain = [Node2(i) for i in range(20)]
for i in range(19):
    chain[i].next = chain[i + 1]
chain[-1].next = chain[0]
for i in range(19):
    fill(chain[i], i % 12)
w2 = weakref.ref(chain[5])
del chain
gc.collect()
print(w2())

# copy and __dict__-based copying
c = P(3, 4)
c.extra = [1, 2]
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
c.extra.append(3)
print(vars(c2), vars(c3))
c4 = P.__new__(P)
c4.__dict__.update(c.__dict__)
print(c4.norm1(), c4.extra is c.extra)

# __slots__ with and without __dict__
class Sl:
    __slots__ = ("a", "__dict__")
    def __init__(self):
        self.a = 1
        self.b = 2
sl = Sl()
sl.c = 3
print(sl.a, sl.b, sl.c, vars(sl))
class Sub(Sl):
    __slots__ = ("q",)
sub = Sub()
sub.q = 5
sub.r = 6
print(sub.a, sub.b, sub.q, sub.r, vars(sub))

# builtin subclasses keep a plain dict
class L(list):
    pass
l = L([1, 2])
l.tag = "t"
print(l, l.tag, vars(l))
class E(Exception):
    pass
e = E("msg")
e.code = 3
print(e.code, vars(e))

# __del__ sees its attributes; resurrection-free teardown
class D:
    def __init__(self, log):
        self.log = log
        self.name = "d"
    def __del__(self):
        self.log.append(self.name)
log = []
dd = D(log)
del dd
print(log)

# __getattr__ / __setattr__ classes
class G:
    def __init__(self):
        self.real = 1
    def __getattr__(self, n):
        return "virtual:" + n
g = G()
print(g.real, g.other)
class H:
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v * 2)
h = H()
h.v = 4
print(h.v, vars(h))

# many instances with different insertion orders
class O:
    pass
res = []
for i in range(30):
    o = O()
    if i % 2:
        o.p = i; o.q = -i
    else:
        o.q = -i; o.p = i
    res.append((o.p + o.q, list(vars(o))))
print(res[:4], all(r[0] == 0 for r in res))
