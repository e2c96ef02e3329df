# CALL specialised for class instantiation (object.__new__ + Python
# __init__), builtin classes and isinstance: every case runs in a loop so
# the call sites specialise, then checks the results match the generic path.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Empty:
    pass

class NoArgs:
    def __init__(self):
        self.n = 7

class Sub(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z

class Inherits(Point):
    pass

def make_points(n):
    out = []
    for i in range(n):
        out.append(Point(i, i * 2))
    return out

ps = make_points(100)
print(len(ps), ps[5].x, ps[5].y, type(ps[5]).__name__, sum(p.x + p.y for p in ps))

for i in range(60):
    e = Empty()
    a = NoArgs()
    s = Sub(i, i + 1, i + 2)
    h = Inherits(i, -i)
print(type(e).__name__, a.n, s.x, s.y, s.z, type(s).__name__, h.x, h.y, type(h).__name__)
print(isinstance(s, Point), isinstance(h, Sub), isinstance(h, Point))

# The same site, several classes (polymorphic).
def build(cls, n):
    return [cls(k, k) for k in range(n)]
for cls in (Point, Inherits, Point, Inherits):
    r = build(cls, 40)
    print(cls.__name__, type(r[-1]).__name__, r[-1].x)

# __init__ returning something else.
class BadInit:
    def __init__(self, v):
        self.v = v
        return v

def make_bad(v):
    return BadInit(v)

for i in range(60):
    print_it = make_bad(None)
print(print_it.v)
for bad in (1, "s", 2.5, [1]):
    try:
        make_bad(bad)
    except TypeError as e:
        print("TypeError:", e)

# __init__ raising.
class Raises:
    def __init__(self, v):
        if v > 50:
            raise ValueError("too big: %d" % v)
        self.v = v

got = []
for i in range(60):
    try:
        got.append(Raises(i).v)
    except ValueError as e:
        got.append(str(e))
print(got[48:])

# __new__ overridden: must not use the fast path.
class WithNew:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.from_new = v * 10
        return o
    def __init__(self, v):
        self.v = v

class NewReturnsOther:
    def __new__(cls, v):
        return v
    def __init__(self, v):
        raise AssertionError("not called")

for i in range(60):
    w = WithNew(i)
    o = NewReturnsOther(i)
print(w.from_new, w.v, o)

# The class mutated after specialisation.
class Mut:
    def __init__(self, v):
        self.v = v

def make_mut(v):
    return Mut(v)

for i in range(60):
    m = make_mut(i)
print(m.v)
def new_init(self, v):
    self.v = ("replaced", v)
Mut.__init__ = new_init
print(make_mut(3).v)
def init_two(self, v, w=5):
    self.v = (v, w)
Mut.__init__ = init_two
print(make_mut(4).v)
del Mut.__init__
try:
    make_mut(5)
except TypeError as e:
    print("TypeError:", e)
Mut.__init__ = lambda self, v: None
print(type(make_mut(6)).__name__)
Mut.__new__ = lambda cls, v: ("new", v)
print(make_mut(7))
del Mut.__new__
class Base:
    def __init__(self, v):
        self.v = "base"
class Child(Base):
    pass
def make_child(v):
    return Child(v)
for i in range(60):
    c = make_child(i)
print(c.v)
Base.__init__ = lambda self, v: setattr(self, "v", "base2")
print(make_child(1).v)

# Keyword arguments and wrong argument counts (generic path).
for i in range(60):
    p = Point(x=i, y=1)
    q = Point(i, y=2)
print(p.x, p.y, q.x, q.y)
def wrong(*a):
    return Point(*a)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

# Rebinding self inside __init__ does not change the result.
class Rebind:
    def __init__(self, v):
        self.v = v
        self = None
for i in range(60):
    r = Rebind(i)
print(type(r).__name__, r.v)

# Generator __init__ (never fast: it returns a generator).
class GenInit:
    def __init__(self):
        yield 1
try:
    GenInit()
except TypeError as e:
    print("TypeError:", e)

# Recursion through __init__.
class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None
n = Node(200)
d = 0
while n:
    n = n.child
    d += 1
print(d)

# Builtin classes.
acc = []
for i in range(60):
    acc.append((list(), tuple([i]), list((i, i)), int("12"), str(i), float(i), dict(a=i),
                set([i, i]), frozenset(), bool(i), tuple()))
print(acc[-1])
try:
    for i in range(60):
        x = int("x%d" % i if i == 59 else "5")
except ValueError as e:
    print("ValueError:", e)

# isinstance.
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 42
class M(metaclass=Meta):
    pass
res = []
for i in range(60):
    res.append((isinstance(i, int), isinstance(i, str), isinstance(True, int), isinstance(s, Point),
                isinstance(42, M), isinstance(i, (str, int)),
                isinstance(p, Sub)))
print(res[0], res[-1])
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)

# Traceback of __init__ returning non-None: the caller's line only.
def outer():
    return BadInit(5)
for i in range(60):
    BadInit(None)
outer()
