# A suspended generator in a cycle is closed by the collector: its finally
# blocks run; generators, bound methods and classes in cycles are freed.
import gc

def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

box = []
g = gen(box)
box.append(g)
print(next(g))
del g, box
print("collect")
gc.collect()
print("done")

# a generator that never started has nothing to finalize
box = []
g = gen(box)
box.append(g)
del g, box
gc.collect()
print("nothing ran")

# a generator that finished runs its finally block only once
box = []
g = gen(box)
box.append(g)
print(list(g))
del g, box
gc.collect()
print("finished")

# a generator closing over itself through a list it yields from
def walker(items):
    for x in items:
        yield x

items = [1, 2]
w = walker(items)
items.append(w)
print(next(w), next(w), next(w) is w)
del w, items
gc.collect()
print(gc.collect())

# bound method cycle
class K:
    def m(self):
        return 1

k = K()
k.bm = k.m
del k
print(gc.collect() > 0)

# classes created in a loop are in a cycle with their own mro
def make(i):
    class Local:
        x = i
    return Local

for i in range(50):
    make(i)
print(gc.collect() >= 50)

# instance referenced from its class
class Holder:
    pass
Holder.inst = Holder()
del Holder
print(gc.collect() > 0)

# builtin method bound to a list inside that list
l = []
l.append(l.append)
del l
print(gc.collect() > 0)
print(gc.collect())

# classes whose methods use super() (a __class__ cell) and properties
def make_rich(i):
    class Base:
        def f(self):
            return i
    class Rich(Base):
        def f(self):
            return super().f() + 1
        @property
        def p(self):
            return self.f()
        @classmethod
        def c(cls):
            return cls
        @staticmethod
        def s():
            return Rich
    return Rich

total = 0
for i in range(30):
    R = make_rich(i)
    total += R().p + (R.c() is R) + (R.s() is R)
del R
print(total)
print(gc.collect() >= 60)

# iterators inside cycles
l = [1, 2, 3]
l.append(map(str, l))
l.append(enumerate(l))
l.append(zip(l, l))
l.append(filter(None, l))
l.append(reversed(l))
del l
print(gc.collect() > 0)
