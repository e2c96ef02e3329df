# LOAD_FAST__LOAD_ATTR: `x.attr` with the LOAD_ATTR in its INSTANCE_SHAPE
# or SLOT form loads through the local without touching x's refcount.
# Covered: the fast path (plain attributes, __slots__, the vector past the
# inline block), every miss falling back to the LOAD_ATTR alone (another
# class, another shape, a class changed under the site, a non-object local,
# an empty slot's AttributeError on the right line), an unbound local before
# the attribute, jumps onto the LOAD_ATTR, sys.settrace across the pair, and
# the LOAD_FAST; LOAD_FAST; LOAD_ATTR chain.
import sys
import traceback


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    def __init__(self, x):
        self.x = x


class Wide:
    def __init__(self):
        for i in range(40):
            setattr(self, "a%d" % i, i)


class S:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def sum_x(objs):
    t = 0
    for o in objs:
        t += o.x            # LOAD_FAST__LOAD_ATTR o .x
    return t


def sum_pair(p, n):
    t = 0
    for i in range(n):
        t += p.x + p.y      # LOAD_FAST t; LOAD_FAST p; LOAD_ATTR x
    return t


def sum_slots(s, n):
    t = 0
    for i in range(n):
        t += s.a * s.b
    return t


def wide_last(w, n):
    t = 0
    for i in range(n):
        t += w.a39
    return t


def attr_or_none(o):
    try:
        return o.real
    except AttributeError as e:
        return "AttributeError: %s" % e


def unbound(flag):
    if flag:
        o = P(1, 2)
    return o.x


# The fast path, warmed past specialisation and the JIT's threshold.
ps = [P(i, -i) for i in range(300)]
print("sum_x", sum_x(ps))
print("sum_pair", sum_pair(P(3, 4), 500))
print("sum_slots", sum_slots(S(6, 7), 500))
print("wide_last", wide_last(Wide(), 500))

# Misses: another class, another shape of the same class, mixed.
print("other class", sum_x([Q(i) for i in range(300)]))
odd = P(1, 2)
odd.extra = 5
del odd.y
print("other shape", sum_x(ps[:150] + [odd] * 5 + ps[150:]))
print("mixed", sum_x([P(1, 1), Q(2), P(3, 3), Q(4)] * 100))


# The class changed under a specialised site: x becomes a property.
def get_x(objs):
    return [o.x for o in objs]


print("before", sum(get_x(ps)))
P.x = property(lambda self: 1000)
print("after property", sum(get_x(ps[:10])))
del P.x
print("property gone", sum(get_x(ps[:10])))

# A non-object local at a site specialised on objects.
for v in [P(1, 2)] * 200 + [5, 2.5, True, None]:
    r = attr_or_none(v)
print("non-object", r, attr_or_none(7), attr_or_none(1.5))

# An empty slot: AttributeError from the LOAD_ATTR's line.
s = S(1, 2)
print("slots warm", sum_slots(s, 300))
del s.b
try:
    sum_slots(s, 3)
except AttributeError as e:
    tb = traceback.extract_tb(e.__traceback__)[-1]
    print("empty slot:", e, "| line", tb.lineno - sum_slots.__code__.co_firstlineno, tb.line)

# An unbound local before the attribute.
for i in range(200):
    unbound(True)
try:
    unbound(False)
except UnboundLocalError as e:
    print("unbound:", e)


# Jumps onto the LOAD_ATTR (the conditional expression's arms).
def pick(flag, a, b):
    return (a if flag else b).x


print("pick", sum(pick(i & 1, P(i, 0), Q(-i)) for i in range(300)))

# sys.settrace across the pair: every line, and the same values.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("sum_pair", "two_lines"):
        events.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


def two_lines(p):
    a = p
    b = a.x
    return b + a.y


for i in range(200):
    two_lines(P(i, i))
sys.settrace(tracer)
print("traced", sum_pair(P(1, 2), 3), two_lines(P(9, 9)))
sys.settrace(None)
print(events)
print("untraced again", sum_pair(P(1, 2), 3), two_lines(P(8, 8)))


# LOAD_FAST__LOAD_METHOD: methods of plain classes (WITH_DICT), of builtin
# types (NO_DICT), an instance attribute shadowing the method, the method
# replaced on the class, and a local of another type at the site.
class M:
    def __init__(self, k):
        self.k = k

    def get(self, d):
        return self.k + d


def call_get(objs):
    t = 0
    for o in objs:
        t += o.get(1)
    return t


def call_upper(words):
    out = []
    for w in words:
        out.append(w.upper())
    return "".join(out)


ms = [M(i) for i in range(300)]
print("methods", call_get(ms))
print("builtin methods", call_upper(["ab", "c"] * 150)[:10])
shadow = M(5)
shadow.get = lambda d: -1000
print("shadowed", call_get(ms[:100] + [shadow] + ms[100:]))
M.get = lambda self, d: self.k * d
print("replaced", call_get(ms))


class M2:
    def get(self, d):
        return 7


print("other type", call_get([M2()] * 3 + ms[:3]))
try:
    call_upper(["x"] * 200 + [3])
except AttributeError as e:
    print("no method:", e)


# LOAD_ATTR_SHAPE_POLY: sibling classes through their base's __init__, and
# shapes keeping the name at another index.
class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2


class A(Base):
    pass


class B(Base):
    pass


class C:
    def __init__(self, v):
        self.z = 0
        self.w = v * 3


def sum_w(objs):
    t = 0
    for o in objs:
        t += o.w
    return t


objs = [A(1), B(2), Base(3)] * 100
print("poly", sum_w(objs))
print("poly other index", sum_w(objs[:30] + [C(i) for i in range(20)] + objs[30:]))
