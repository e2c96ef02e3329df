# Instance attribute loads compiled inline (LOAD_ATTR_INSTANCE_SHAPE,
# LOAD_ATTR_SLOT): guards on the type version and the shape must catch
# every change made while a compiled loop runs.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def shape_changes(n):
    # the shape of the objects changes mid-loop (an extra attribute first,
    # then the same names in another order)
    objs = [P(i, i + 1) for i in range(4)]
    total = 0
    for i in range(n):
        o = objs[i % 4]
        total += o.x * 3 + o.y
        if i == n // 3:
            objs[1].z = 7
        if i == n // 2:
            q = P.__new__(P)
            q.y = 100
            q.x = 200
            objs[2] = q
    return total


print("shape changes", shape_changes(6000))


class C:
    v = "class"

    def __init__(self):
        self.w = 1


def class_shadow(n):
    # a class attribute, then an instance attribute of the same name added
    # later; then the class gets a data descriptor that wins over both
    c = C()
    out = []
    for i in range(n):
        out.append(c.v)
        out.append(c.w)
        if i == n // 3:
            c.v = "instance"
        if i == 2 * n // 3:
            C.w = property(lambda self: "property")
    return out


r = class_shadow(3000)
print("class shadow", r[:4], r[2000:2004], r[-4:], len(r))


class M:
    def __init__(self):
        self.k = 2

    def f(self):
        return self.k


def method_replaced(n):
    m = M()
    total = 0
    for i in range(n):
        total += m.f()
        if i == n // 2:
            M.f = lambda self: self.k * 1000
    return total


print("method replaced", method_replaced(4000))


class S:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def slots(n):
    ss = [S(i, 2 * i) for i in range(5)]
    total = 0
    errs = 0
    for i in range(n):
        s = ss[i % 5]
        try:
            total += s.a - s.b
        except AttributeError:
            errs += 1
        if i == n // 2:
            del ss[3].b
    return total, errs


print("slots", slots(6000))


class T(S):
    pass


def slots_subclass(n):
    objs = [S(1, 2), T(3, 4)]
    total = 0
    for i in range(n):
        total += objs[0].a + objs[0].b
        if i == n // 2:
            objs[0] = T(10, 20)
    return total


print("slots subclass", slots_subclass(4000))

log = []


class D:
    def __init__(self, tag):
        self.tag = tag
        self.val = tag * 2

    def __del__(self):
        log.append(self.tag)


class Holder:
    def __init__(self):
        self.d = D(-1)


def del_on_store(n):
    h = Holder()
    total = 0
    for i in range(n):
        total += h.d.val          # the load drops a temporary reference
        if i % 1000 == 999:
            h.d = D(i)            # the store drops the old D: __del__ runs
    return total


print("del on store", del_on_store(5000), log)


def del_on_load(n):
    total = 0
    for i in range(n):
        total += D(i).val         # the owner's last reference goes with the load
    return total


log.clear()
print("del on load", del_on_load(3000), len(log), log[:3], log[-3:])


class V:
    def __init__(self, a):
        self.a = a


def type_mutated(n):
    v = V(5)
    total = 0
    for i in range(n):
        total += v.a
        if i == n // 2:
            V.a = property(lambda self: 1)   # a data descriptor now wins
    return total


print("type mutated", type_mutated(4000))


def many_attrs(n):
    class W:
        pass
    w = W()
    for k in range(10):
        setattr(w, "a%d" % k, k)
    total = 0
    for i in range(n):
        total += w.a0 + w.a9 + w.a5
        if i == n // 2:
            w.a9 = 100
            del w.a0
            w.a0 = 50
    return total


print("many attrs", many_attrs(4000))
