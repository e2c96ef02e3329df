# Cycles among plain instances (attributes in shape mode): collected, and
# counted as CPython counts them (instances only: their attribute storage
# is not a separate object).
import gc

class Node:
    pass

gc.collect()
for i in range(10):
    a = Node(); b = Node(); a.other = b; b.other = a
    a.payload = [i] * 3
del a, b
print("collected", gc.collect() >= 20)

class Big:
    def __init__(self, n):
        for k in range(n):
            setattr(self, "f%d" % k, k)
        self.me = self

gc.collect()
for n in (1, 5, 12):
    x = Big(n)
    del x
print("big", gc.collect())

# a value held only by a cyclic instance's attributes is freed with it
import weakref
class Box:
    pass
gc.collect()
h = Node(); h.h = h
v = Box(); h.v = v
r = weakref.ref(v)
del h, v
print("alive before", r() is not None)
gc.collect()
print("alive after", r() is not None)
