# Which objects can be weakly referenced, hashing and equality of refs,
# callback order, weakrefs during __del__.
import weakref, gc
class C:
    def m(self): return 1
def gen(): yield 1
c = C()
kinds = [("instance", c), ("function", gen), ("class", C), ("type", int),
         ("set", {1}), ("frozenset", frozenset([1])), ("generator", gen()),
         ("bound method", c.m), ("module", weakref)]
for name, o in kinds:
    r = weakref.ref(o)
    print(name, r() is o)
for o in (1, 2.5, "s", b"b", [1], (1,), {}, None, True, range(3), 1j, object()):
    try:
        weakref.ref(o)
        print("ok?", type(o).__name__)
    except TypeError as e:
        print(e)
class I(int): pass
try:
    weakref.ref(I(3))
except TypeError as e:
    print(e)
class E(Exception): pass
print(weakref.ref(E())() is None)
a, b = C(), C()
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra != rb, ra == weakref.ref(a), ra == 1, ra != 1)
class H:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __hash__(self): return self.n
h1, h2 = H(7), H(7)
r1, r2 = weakref.ref(h1), weakref.ref(h2)
print(r1 == r2, hash(r1), hash(r2))
del h1
print(r1 == r2, r1 == r1, hash(r1))
order = []
x = C()
refs = [weakref.ref(x, lambda w, i=i: order.append(i)) for i in range(4)]
print(weakref.getweakrefcount(x))
del x
print(order)
class D:
    def __del__(self):
        print("in __del__, ref alive:", wd() is self)
dd = D()
wd = weakref.ref(dd, lambda w: print("callback after __del__", w()))
del dd
print("done")
# weakref callbacks of garbage cycles run before __del__ of the cycle
class Node:
    def __del__(self): print("del node", self.name)
n1, n2 = Node(), Node()
n1.name, n2.name = "n1", "n2"
n1.other, n2.other = n2, n1
w1 = weakref.ref(n1, lambda w: print("cb n1", w()))
del n1, n2
gc.collect()
print("end")
