# Specialised attribute forms: __slots__ members (LOAD_ATTR_SLOT,
# STORE_ATTR_SLOT) and sites shared by sibling classes (LOAD_ATTR_SHAPE_POLY,
# STORE_ATTR_SHAPE_POLY), with the guards they must respect.


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def slot_sum(vs):
    t = 0
    for v in vs:
        t += v.x * 10 + v.y
    return t


vs = [V(i, i + 1) for i in range(300)]
print(slot_sum(vs))
for v in vs:
    v.x = v.y * 2
print(slot_sum(vs))

# An empty slot raises AttributeError, also once the site is specialised.
e = V(1, 2)
del e.y
try:
    slot_sum(vs[:5] + [e])
except AttributeError as exc:
    print("AttributeError", exc)


# A subclass with its own slots, then with a __dict__, passing the same site.
class W(V):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        V.__init__(self, x, y)
        self.z = z


class D(V):
    pass


mixed = [V(1, 2), W(3, 4, 5), D(6, 7)] * 100
print(slot_sum(mixed))
d = D(1, 1)
d.x = 5
d.extra = "e"
print(d.x, d.y, d.extra)


# Slot member replaced on the class after specialising: a property now.
def getx(vs):
    return [v.x for v in vs]


print(sum(getx(vs)))
V.x = property(lambda self: -1)
print(sum(getx(vs[:10])))


# Sibling classes through their base's methods: the same shape prefix.
class Base:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b

    def bump(self):
        self.a = self.a + 1


class P(Base):
    def __init__(self, a, b):
        Base.__init__(self, a, b)
        self.p = "p"


class Q(Base):
    def __init__(self, a, b):
        self.q = "q"        # a different shape: a is not in slot 0
        Base.__init__(self, a, b)


class R(Base):
    def __init__(self, a, b):
        Base.__init__(self, a, b)
        self.r1 = 1
        self.r2 = 2


objs = [P(1, 2), Q(3, 4), R(5, 6), Base(7, 8)] * 100
for rnd in range(3):
    s = 0
    for o in objs:
        o.bump()
        s += o.total()
    print(rnd, s)


# Attributes changing shape on the same objects: deleted (dict mode),
# added in another order.
for o in objs[:8]:
    del o.b
    o.b = 100
s = 0
for o in objs:
    s += o.total()
print(s)


# A data descriptor added to one sibling class after specialising: it wins.
class Loud:
    def __get__(self, obj, cls):
        return 1000

    def __set__(self, obj, v):
        print("set", v)


P.a = Loud()
s = 0
for o in objs[:8]:
    s += o.total()
print(s)
objs[0].bump()

# __getattr__ / __getattribute__ added on the base: every subclass changes.
Base.__getattribute__ = lambda self, name: 7 if name == "b" else object.__getattribute__(self, name)
s = 0
for o in objs[:8]:
    s += o.total()
print(s)
del Base.__getattribute__
s = 0
for o in objs[:8]:
    s += o.total()
print(s)


# __setattr__ on a subclass only.
class S(Base):
    def __setattr__(self, name, v):
        object.__setattr__(self, name, v * 2 if name == "a" else v)


objs2 = [S(1, 1), Base(1, 1)] * 50
for o in objs2:
    o.bump()
print(sum(o.a for o in objs2))

# A site seeing one type, then another without the attribute.
class Other:
    pass


def get_a(o):
    return o.a


xs = [Base(i, 0) for i in range(200)]
print(sum(get_a(x) for x in xs))
try:
    get_a(Other())
except AttributeError as exc:
    print("AttributeError", exc)
o = Other()
o.a = 42
print(get_a(o))


# Method calls on sibling classes (LOAD_METHOD_POLY): one function found on
# the base, then a different override per class, then shadowing.
class T:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def kind(self):
        return "T"


class T1(T):
    def kind(self):
        return "T1"


class T2(T):
    def __init__(self, n):
        self.extra = 0
        T.__init__(self, n)


class T3(T2):
    def kind(self):
        return "T3"


def run(ts):
    s = 0
    kinds = {}
    for t in ts:
        s += t.get()
        k = t.kind()
        kinds[k] = kinds.get(k, 0) + 1
    return s, sorted(kinds.items())


ts = [T(1), T1(2), T2(3), T3(4)] * 100
print(run(ts))
ts[5].kind = lambda: "shadow"          # an instance attribute shadows the method
print(run(ts))
T2.get = lambda self: 1000             # the class changes after specialising
print(run(ts))
del T2.get
ts[6].__dict__["get"] = lambda: -5     # dict mode, shadowing
print(run(ts))
T.get = staticmethod(lambda: 9)        # no longer a function on the class
print(run(ts))
