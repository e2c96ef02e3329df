# Method loads and attribute stores compiled inline with a slow path
# (LOAD_METHOD_WITH_DICT / _NO_DICT, STORE_ATTR_SHAPE / _SLOT,
# LOAD_ATTR_INSTANCE_SHAPE / _SLOT): a guard that misses calls the helper,
# which must give the interpreter's answer whatever changed.


class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v + 1


class B:
    def __init__(self, v):
        self.v = v
        self.extra = 0

    def get(self):
        return self.v * 2


def poly(n):
    # one method site, two classes alternately (and an int attribute
    # store on both shapes)
    objs = [A(3), B(4)]
    total = 0
    for i in range(n):
        o = objs[i & 1]
        total += o.get()
        o.v = i & 7
    return total


print("poly", poly(20000))


class R:
    def __init__(self):
        self.n = 1

    def f(self):
        return 1


def replaced(n):
    # the method is replaced on the class mid-loop, then shadowed by an
    # instance attribute, then the shadow removed again
    r = R()
    out = 0
    for i in range(n):
        out = out * 3 + r.f()
        out %= 1000003
        if i == n // 4:
            R.f = lambda self: 2
        if i == n // 2:
            r.f = lambda: 5
        if i == 3 * n // 4:
            del r.f
    return out


print("replaced", replaced(8000))


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Holder:
    def __init__(self):
        self.obj = None
        self.k = 0


def store_del(n):
    # a store drops the last reference to the old value: __del__ runs
    # from the compiled store
    h = Holder()
    for i in range(n):
        h.k = i
        if i % 2500 == 0:
            h.obj = D("d%d" % i)
    h.obj = None
    return h.k


print("store del", store_del(10000))


class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 0

    def get(self):
        return self.a


def slot_stores(n):
    s = S()
    t = 0
    for i in range(n):
        s.a = i
        t += s.a
        s.b = D("slot%d" % i) if i % 3000 == 0 else i
        t += s.get()
    try:
        del s.b
        s.b
    except AttributeError as e:
        print("slot empty", e)
    return t


print("slot stores", slot_stores(9000))


class Q:
    def __init__(self):
        self.x = 0


def setter_appears(n):
    # a property setter appears on the class mid-loop: it must run
    q = Q()
    seen = []
    for i in range(n):
        q.x = i
        if i == n // 2:
            def setx(self, v):
                seen.append(v)
            Q.x = property(lambda self: -1, setx)
    return q.x, len(seen), seen[:3]


print("setter", setter_appears(6000))


class V:
    def __init__(self):
        self.a = 1
        self.b = 2

    def m(self):
        return self.a


def dict_materialised(n, how):
    # the instance dict is materialised mid-loop (the shape storage turns
    # into a real dict for good)
    v = V()
    t = 0
    for i in range(n):
        v.a = i
        t += v.m() + v.b
        if i == n // 2:
            d = v.__dict__ if how == "dict" else vars(v)
            d["b"] = 10
            d["m"] = lambda: 1000
    return t, v.a, sorted(v.__dict__)


print("dict", dict_materialised(6000, "dict")[:2])
print("vars", dict_materialised(6000, "vars"))


def no_dict_methods(n):
    # _NO_DICT sites: builtin types (a str method, a float method with a
    # non-pointer owner, a list method)
    s = "abc"
    acc = []
    t = 0
    for i in range(n):
        t += len(s.upper())
        x = i * 0.5
        if x.is_integer():
            t += 1
        acc.append(i)
    return t, len(acc)


print("no dict", no_dict_methods(5000))


class Sub(A):
    pass


def subclass_mix(n):
    # the site sees a subclass with the same method, then a class whose
    # get raises
    objs = [A(1), Sub(2)]
    t = 0
    for i in range(n):
        t += objs[i % 2].get()
    class Bad:
        def get(self):
            raise ValueError("bad get")
    objs.append(Bad())
    try:
        for i in range(n):
            t += objs[i % 3].get()
    except ValueError as e:
        print("raised", e, t)
    return t


print("subclass", subclass_mix(4000))
