# gc.collect() finds reference cycles among containers; the counts printed
# here are the ones CPython and coil must agree on.
import gc

gc.collect()

l = []
l.append(l)
del l
print("list self-cycle:", gc.collect())

d = {}
d["self"] = d
del d
print("dict self-cycle:", gc.collect())

a = []
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())

x = [1, 2, 3]
y = {"x": x}
x.append(y)
del x, y
print("list and dict:", gc.collect())

s = []
t = (s, "payload", 42)
s.append(t)
del s, t
print("list through tuple:", gc.collect())

# reachable cycles are kept
keep = []
keep.append(keep)
print("reachable kept:", gc.collect(), keep[0] is keep)

# a cycle reachable from a dead one
outer = []
inner = [outer]
outer.append(inner)
holder = {"o": outer}
del outer, inner
print("still reachable:", gc.collect(), len(holder["o"]))
del holder
print("now garbage: >=2", gc.collect() >= 2)

# closures: a recursive inner function is a cycle (function -> cell -> function)
def make():
    def rec(n):
        return 0 if n == 0 else rec(n - 1)
    return rec

r = make()
print(r(5))
del r
print("closure cycle collected:", gc.collect() > 0)

# many cycles at once
junk = []
for i in range(100):
    c = [i]
    c.append(c)
del c
print("many:", gc.collect() >= 100)
print("nothing left:", gc.collect())

# exceptions: a cycle through an exception's attribute dict and its context
try:
    raise ValueError("boom")
except ValueError as e:
    err = e
err.me = err
del err
print("exception cycle:", gc.collect() > 0)

try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        holder = [inner]
        raise TypeError("outer")
except TypeError as outer:
    holder.append(outer)
    holder.append(outer.__context__)
    outer.keep = holder
del holder
print("exception chain cycle:", gc.collect() > 0)

# a set holding an instance that points back at the set
class Item:
    pass

bag = set()
it = Item()
it.bag = bag
bag.add(it)
del bag, it
print("set cycle:", gc.collect() > 0)

# dict views and iterators keep their container alive inside a cycle
d = {}
d["keys"] = d.keys()
d["it"] = iter(d)
del d
print("views:", gc.collect() > 0)
print("end:", gc.collect())
