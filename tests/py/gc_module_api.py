# The gc module's API: switches, thresholds, counts, introspection.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(800, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())

c = gc.get_count()
print(type(c).__name__, len(c), all(type(n) is int and n >= 0 for n in c))

for g in (0, 1, 2):
    print("collect", g, type(gc.collect(g)).__name__)
print(type(gc.collect(generation=1)).__name__)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.collect(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError:", e)

print(gc.is_tracked(1), gc.is_tracked(1.5), gc.is_tracked("s"), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked([1]), gc.is_tracked(({},)), gc.is_tracked(gc.collect))

class C:
    pass

print(gc.is_tracked(C()), gc.is_tracked(C))

stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(all(st["uncollectable"] == 0 for st in stats))
print(gc.garbage, gc.callbacks)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(0)
print(gc.get_debug())

target = ["needle"]
box = [target, "x"]
print(target in gc.get_referents(box))
print(any(r is box for r in gc.get_referrers(target)))
objs = gc.get_objects()
print(any(o is box for o in objs))
print(all(o is not objs for o in objs))

gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
