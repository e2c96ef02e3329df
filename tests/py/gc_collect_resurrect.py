# gc.collect() does not count objects a finalizer resurrected.
import gc

keep = []


class R:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        keep.append(self)


class C:
    def __init__(self):
        self.me = self


gc.collect()
gc.disable()
R("a")
print(gc.collect())
print(len(keep), keep[0].name)
c = C()
del c
print(gc.collect())
r = R("b")
r.other = C()
r.other.back = r
del r
print(gc.collect())
print(len(keep))
for i in range(3):
    C()
R("c")
print(gc.collect())
keep.clear()
print(gc.collect())
gc.enable()
