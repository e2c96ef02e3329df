# Plain instances holding only atomic values (floats, ints, str, None) are
# moved out of the young generations by the collector; a cycle created
# through any store path afterwards must still be found by gc.collect(),
# with __del__ and weakref callbacks run as CPython runs them.
import gc
import weakref
import copy

deleted = []
called = []


class P:
    def __init__(self, i):
        self.x = i * 0.5
        self.y = float(i)
        self.name = "p"

    def __del__(self):
        deleted.append(self.tag)


class S:
    __slots__ = ("a", "b", "__weakref__")


class Q:
    def __init__(self, i):
        self.x = i * 1.0


def age(objs):
    # Several young collections so that every object has been examined
    # (and promoted) before the cycle is made.
    for _ in range(3):
        gc.collect(0)
        gc.collect(1)
    junk = [Q(i) for i in range(3000)]   # allocation-triggered collections
    del junk


def make(n, tag):
    objs = [P(i) for i in range(n)]
    for o in objs:
        o.tag = tag
    age(objs)
    return objs


def store_attr(o, v):
    o.link = v


def store_attr_loop(objs):
    # The same store site, hot enough to specialise and compile.
    for o in objs:
        store_attr(o, o)


def run(name, make_cycle, n=200):
    gc.collect()
    deleted.clear()
    called.clear()
    objs = make(n, name)
    refs = [weakref.ref(o, lambda r: called.append(1)) for o in objs[:5]]
    make_cycle(objs)
    del objs
    gc.collect(0)
    found = gc.collect()
    print(name, found > 0, len(deleted), len(called), [r() is None for r in refs])


run("attr", lambda objs: [setattr(o, "me", o) for o in objs])
run("attr_loop", store_attr_loop)
run("setattr", lambda objs: [setattr(o, "other", objs[(i + 1) % len(objs)]) for i, o in enumerate(objs)])
run("object_setattr", lambda objs: [object.__setattr__(o, "me", [o]) for o in objs])
run("dict_item", lambda objs: [o.__dict__.__setitem__("me", o) for o in objs])
run("vars_update", lambda objs: [vars(o).update(me=o) for o in objs])
run("list_after_floats", lambda objs: [setattr(o, "items", [1.0, 2.0, o]) for o in objs])
run("list_then_append", lambda objs: [(setattr(o, "items", [1.0]), o.items.append(o)) for o in objs])
run("dict_attr", lambda objs: [setattr(o, "d", {"k": o}) for o in objs])
run("tuple_attr", lambda objs: [setattr(o, "t", (1.0, [o])) for o in objs])


class P2(P):
    pass


def class_change(objs):
    for o in objs:
        o.__class__ = P2
        o.me = o


run("class_assign", class_change)


def many_attrs(objs):
    for o in objs:
        for k in range(12):
            setattr(o, "a%d" % k, float(k))
        o.me = o


run("many_attrs", many_attrs)


def deleted_then_cycle(objs):
    for o in objs:
        del o.name
        o.me = o


run("del_then_cycle", deleted_then_cycle)


# Slots instances holding floats, then a cycle.
def slots_run():
    gc.collect()
    called.clear()
    objs = []
    for i in range(300):
        s = S()
        s.a = float(i)
        s.b = None
        objs.append(s)
    age(objs)
    refs = [weakref.ref(s, lambda r: called.append(1)) for s in objs[:5]]
    for s in objs:
        s.b = s
    del objs, s
    print("slots", gc.collect() > 0, len(called), [r() is None for r in refs])


slots_run()


# copy.copy fills a new instance's dict from an aged one.
def copy_run():
    gc.collect()
    deleted.clear()
    objs = make(100, "copy")
    copies = [copy.copy(o) for o in objs]
    age(copies)
    for c in copies:
        c.me = c
        c.tag = "copy2"
    del copies
    print("copy", gc.collect() > 0, deleted.count("copy2"))
    del objs
    gc.collect()


copy_run()


# A class whose aged instance sits in a cycle through the class itself.
def class_cycle():
    gc.collect()
    class K:
        pass
    k = K()
    k.v = 1.5
    K.inst = k
    r = weakref.ref(K, lambda r: called.append("K"))
    age([k])
    return r


called.clear()
r = class_cycle()
gc.collect()
print("class cycle", r() is None, called)

# The instances stay alive and correct when nothing forms a cycle.
keep = make(500, "keep")
gc.collect()
print(sum(o.x for o in keep), gc.is_tracked(keep[0]), len(deleted))
keep[7].ref = keep
del keep
print(gc.collect() > 0)


# Garbage cycles holding aged instances (not part of the cycle themselves):
# gc.collect() counts them and runs their __del__ as CPython does.
def holder_cycle(n):
    gc.collect()
    deleted.clear()
    objs = make(n, "held")
    h = [objs]
    h.append(h)
    w = weakref.ref(objs[0], lambda r: called.append("held"))
    del objs, h
    called.clear()
    print("holder", gc.collect(), len(deleted), called)


holder_cycle(50)
holder_cycle(1)


class Node:
    pass


def direct_cycle():
    gc.collect()
    deleted.clear()
    a = Node()
    b = P(1)
    b.tag = "direct"
    age([a, b])
    a.self = a
    a.b = b
    del a, b
    print("direct", gc.collect(), deleted)


direct_cycle()


# A class kept alive only by its aged instances survives full collections.
def make_orphans():
    class Orphan:
        def __init__(self, v):
            self.v = v

        def show(self):
            return "%s %s" % (type(self).__name__, self.v)

    return [Orphan(i * 0.25) for i in range(20)]


orphans = make_orphans()
age(orphans)
for _ in range(3):
    gc.collect()
print(orphans[3].show(), type(orphans[0]).__mro__[0].__name__, orphans[19].v)
del orphans
gc.collect()
