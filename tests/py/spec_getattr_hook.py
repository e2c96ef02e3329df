# Attribute loads specialised on classes that define __getattr__ (the
# fallback hook): slots, instance dicts, methods, properties; the hook
# must still run whenever the normal lookup fails, and a later
# __getattribute__ on the class (or a base) must take over.


class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a

    def __getattr__(self, name):
        return "hook:" + name

    def m(self):
        return "m"


class D:
    def __init__(self, x):
        self.x = x

    def __getattr__(self, name):
        return "dhook:" + name

    def m(self, k):
        return k * 2


class P:
    def __getattr__(self, name):
        return "phook:" + name

    @property
    def p(self):
        raise AttributeError("p")

    @property
    def q(self):
        return "q"


def read_a(o):
    return o.a


def read_b(o):
    return o.b


def read_x(o):
    return o.x


def call_m(o):
    return o.m()


def read_p(o):
    return o.p, o.q


out = []
s = S(1)
for i in range(40):
    out.append(read_a(s))
    out.append(read_b(s))          # empty slot: the hook
    if i == 20:
        s.b = "set"
    if i == 30:
        del s.b
    if i == 35:
        del s.a
print(out)

out = []
for i in range(40):
    o = D(i)
    if i % 7 == 0:
        del o.x
    out.append(read_x(o))
    if i == 25:
        o.extra = 1
    out.append(D(i).m(i))
print(out)

out = []
objs = [S(3), D(4), S(5), 7, "s"]
for i in range(60):
    try:
        out.append(read_a(objs[(i // 10) % len(objs)]))
    except AttributeError as e:
        out.append(str(e))
print(out)

print([call_m(S(i)) for i in range(30)])
print([read_p(P()) for i in range(30)][-1])


class Base:
    __slots__ = ("v",)

    def __getattr__(self, name):
        return "base-hook:" + name


class Sub(Base):
    __slots__ = ()


def read_v(o):
    return o.v


o = Sub()
o.v = 10
out = []
for i in range(40):
    out.append(read_v(o))
    if i == 20:
        Base.__getattribute__ = lambda self, name: "getattribute:" + name
    if i == 30:
        del Base.__getattribute__
    if i == 35:
        del Base.__getattr__
        o.v = 11
print(out)


class Hooked:
    __slots__ = ("w",)

    def __getattr__(self, name):
        return "late:" + name


def read_w(o):
    return o.w


h = Hooked()
h.w = 1
out = [read_w(h) for i in range(30)]
Hooked.__getattr__ = lambda self, name: "replaced:" + name
del h.w
out.append(read_w(h))
h.w = 2
out.append(read_w(h))
print(out)
