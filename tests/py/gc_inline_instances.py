# The collector walks plain instances (inline attribute block) itself:
# cycles through inline attributes, through the dict slot (vars(), many
# attributes), through the class, and instances holding only floats and
# ints must give the same gc.collect() counts and referents as CPython.
import gc


class P:
    def __init__(self, i):
        self.x = i * 0.5
        self.y = i
        self.z = -i * 1.5


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


class Wide:
    pass


class WithSlots:
    __slots__ = ("a", "b")


class Sub(Node):
    pass


def run():
    gc.disable()
    gc.collect()
    # Only floats/ints: nothing collectable, all alive.
    keep = [P(i) for i in range(3000)]
    print("atomic", gc.collect(), len(keep), keep[-1].z)
    # Two-instance cycles through inline attributes.
    for i in range(500):
        a, b = Node("a%d" % i), Node("b%d" % i)
        a.other, b.other = b, a
    print("pairs", gc.collect())
    # A cycle through a dict-mode instance (more than 8 attributes).
    w = Wide()
    for k in range(12):
        setattr(w, "f%d" % k, k)
    w.me = w
    del w
    print("wide", gc.collect())
    # __dict__ materialised.
    n = Node("d")
    n.__dict__["self_ref"] = n
    del n
    print("dictmode", gc.collect())
    # A subclass instance and a __slots__ instance in one cycle.
    s, t = Sub("s"), WithSlots()
    s.other, t.a, t.b = t, s, 1.0
    del s, t
    print("mixed", gc.collect())
    # A class reachable only from its instances' cycle.
    def make():
        class Tmp:
            pass
        o = Tmp()
        o.me = o
        o.v = 2.5
    make()
    print("class", gc.collect() > 0)
    # Referents of a plain instance: its type (and containers it holds).
    q = Node("q")
    q.other = [1, 2]
    refs = gc.get_referents(q)
    print("referents", type(q) in refs, q.other in refs)
    # An instance held only by an old-generation container survives.
    gc.collect()
    holder = [Node("held")]
    for _ in range(3):
        gc.collect(0)
    gc.collect(1)
    print("held", holder[0].name, gc.is_tracked(holder[0]))
    # Finalizers run once, resurrection is seen.
    saved = []

    class Fin:
        def __del__(self):
            saved.append(self)
    f = Fin()
    f.me = f
    f.val = 3
    del f
    gc.collect()
    print("fin", len(saved), saved[0].val)
    saved[0].me = None
    saved.clear()
    print("after", gc.collect())
    del keep
    gc.enable()


run()
run()
