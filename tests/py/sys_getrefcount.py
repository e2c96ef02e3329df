# sys.getrefcount: the object's reference count plus one for the argument
# (as CPython). Only differences between counts are printed, except the
# count of an object held by exactly one name.
import sys


class C:
    pass


a = C()
print("one name:", sys.getrefcount(a))
base = sys.getrefcount(a)
b = a
print("second name:", sys.getrefcount(a) - base)
items = [a, a, a]
print("in a list three times:", sys.getrefcount(a) - base)
t = (a, items)
d = {"k": a, "j": a}
print("plus tuple and dict:", sys.getrefcount(a) - base)
del items, t
print("list and tuple gone:", sys.getrefcount(a) - base)
d.clear()
del b
print("back to one name:", sys.getrefcount(a) - base)
s = {a}
print("in a set:", sys.getrefcount(a) - base)
s.discard(a)
print("discarded:", sys.getrefcount(a) - base)


class Holder:
    def __init__(self, x):
        self.x = x


hs = [Holder(a) for _ in range(5)]
print("held by five instances:", sys.getrefcount(a) - base)
del hs
print("instances gone:", sys.getrefcount(a) - base)


def keep(x):
    global kept
    kept = x


keep(a)
print("kept by a global after the call returned:", sys.getrefcount(a) - base)
del kept
print("global deleted:", sys.getrefcount(a) - base)
x = C()
y = C()
print("fresh objects alike:", sys.getrefcount(x) == sys.getrefcount(y) == sys.getrefcount(a))
print("temporary argument:", sys.getrefcount(C()))
print(sys.getrefcount.__name__, type(sys.getrefcount(a)).__name__)
try:
    sys.getrefcount()
except TypeError as e:
    print("TypeError:", e)
