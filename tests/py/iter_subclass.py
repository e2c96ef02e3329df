# Subclasses of the builtin iterator types: instances carry a __dict__,
# overridden methods, and survive collection.
import gc

class E(enumerate):
    def __init__(self, it, start=0):
        self.seen = []
    def __next__(self):
        i, x = super().__next__()
        self.seen.append(x)
        return i * 10, x

e = E("abc", 1)
e.tag = "t"
print(list(e), e.seen, e.tag, type(e).__name__, isinstance(e, enumerate))

class Z(zip):
    pass
z = Z("ab", [1, 2, 3])
z.note = 5
print(list(z), z.note, z.__dict__)

class M(map):
    def __repr__(self):
        return "M!"
m = M(lambda a, b: a + b, [1, 2], [10, 20])
print(repr(m), list(m))

class F(filter):
    __slots__ = ("extra", "cycle")
f = F(None, [0, 1, "", "x"])
f.extra = [f]
print(list(f), len(f.extra))
try:
    f.other = 1
except AttributeError as ex:
    print("AttributeError", ex)

class R(reversed):
    count = 0
    def __next__(self):
        R.count += 1
        return super().__next__()
print(list(R([1, 2, 3])), R.count, type(R([1])).__name__)

class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * i
r = R(Seq())
r.mark = 1
print(list(r), R.count, type(r).__name__, r.mark)

class FS(frozenset):
    def __init__(self, *args):
        self.n = len(args)
fs = FS([3, 1, 3])
print(sorted(fs), fs.n, type(fs | {9}).__name__)

# cycles through subclass instances are collected
for _ in range(3):
    e = E([1, 2])
    e.me = e
    del e
print(gc.collect() >= 0)
for k in range(200):
    objs = [E(range(k % 5)), Z("a", "b"), M(str, [k]), F(None, [k]), R(Seq())]
    for o in objs:
        o.cycle = objs
print(sum(len(list(o)) for o in objs))
