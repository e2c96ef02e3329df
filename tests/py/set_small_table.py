# Sets keep their first 8-entry table inside the object: growing out of it,
# shrinking back into it (resizes after deletions), clear(), in-place
# operators that swap tables, keys whose __del__ or __eq__ touch the set
# while it is being emptied, and iteration order (CPython's, printed).
import gc

s = set()
for i in range(5):
    s.add(i * 8)          # same slot modulo 8: linear probes in the small table
print(s, len(s))
s.add(100)                # outgrows the small table
print(sorted(s), len(s))
for i in range(5):
    s.discard(i * 8)
print(s)
for i in range(40):
    s.add(i)
    s.discard(i)
print(s, len(s))
s.clear()
print(s, len(s))
s.update(range(3))
print(s)

# copies and set algebra between small and large sets
small = {3, 1, 2}
large = set(range(0, 60, 3))
print(sorted(small | large)[:6], sorted(small & large), sorted(small - large))
print(sorted(large - small)[:5], sorted(small ^ large)[:5])
a = set(small)
a &= large
print(a)
b = set(large)
b &= small
print(b)
c = set(large)
c &= set(range(0, 60, 6))
print(sorted(c))
d = {1, 2, 3, 4, 5}
d.intersection_update({2, 4, 6}, [4, 2, 9])
print(d)
e = set(range(30))
e.intersection_update(range(5))
print(e)
e.add(99)
print(sorted(e))
f = {"a", "b"}
f.intersection_update(set("abcdefghijklmnopqrstuvwxyz"))
print(sorted(f))
g = {1, 2}
g.symmetric_difference_update(range(20))
print(sorted(g))
g.difference_update(range(2, 19))
print(g)


class Noisy:
    def __init__(self, key, owner):
        self.key = key
        self.name = "n%d" % key
        self.owner = owner

    def __hash__(self):
        return hash(self.key)

    def __eq__(self, other):
        return isinstance(other, Noisy) and self.key == other.key

    def __del__(self):
        print("del", self.name, "owner size", len(self.owner))


t = set()
t.add(Noisy(1, t))
t.add(Noisy(2, t))
t.clear()
print("cleared", t)
t.add(1)
print(t)

big = set()
for i in range(12):
    big.add(Noisy(i * 5, big))
big.clear()
print("cleared big", big)


class Mutator:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if self.target:
            self.target.clear()
        return False


m = set()
m.add(Mutator(1, None))
try:
    m.add(Mutator(2, m))
    print("added", len(m))
except RuntimeError as ex:
    print("RuntimeError", ex)


class MySet(set):
    pass


ms = MySet([1, 2, 3])
ms.extra = "attr"
ms.update(set(range(10)))
print(sorted(ms), ms.extra, type(ms).__name__)
ms.intersection_update({1, 2})
print(ms, ms.extra)

# frozensets, hashing, and sets as keys
fs = frozenset([1, 2, 3])
print(fs, hash(fs) == hash(frozenset([3, 2, 1])), {fs: 1}[frozenset({1, 2, 3})])
print(frozenset(range(20)) == frozenset(range(19, -1, -1)))

# pop until empty, then refill
p = set(range(7))
out = []
while p:
    out.append(p.pop())
print(out, p)
p.update([5, 6])
print(p)

# cycles through sets are collected
for _ in range(3):
    cyc = MySet()
    cyc.me = cyc
    h = Noisy(77, cyc)
    cyc.add(h)
    del cyc, h
    gc.collect()
print("done")

# many small sets alive at once
many = [{i, i + 1, i + 2} for i in range(2000)]
print(sum(len(x) for x in many), sorted(many[1234]))
print(sorted({x for x in range(100) if x % 17 == 0}))
print({(1, 2), (2, 1)} == {(2, 1), (1, 2)}, {1.0, 1, True})
