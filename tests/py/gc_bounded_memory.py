# Automatic collection keeps a program that makes cycles in a loop bounded.
import gc

freed = 0

class Cyc:
    def __init__(self):
        self.me = self
        self.data = [self, {"k": self}]
    def __del__(self):
        global freed
        freed += 1

gc.collect()
before = len(gc.get_objects())
for i in range(100000):
    Cyc()
# most were reclaimed by automatic collections, without an explicit collect
print(freed > 90000)
print(len(gc.get_objects()) - before < 20000)
gc.collect()
print(freed)

# disabled: nothing is reclaimed automatically, collect() gets them all
gc.disable()
freed = 0
for i in range(5000):
    Cyc()
print(freed)
print(gc.collect() >= 5000, freed)
gc.enable()

# plain list/dict cycles, no finalizers: the tracked-object count stays bounded
start = len(gc.get_objects())
peak = 0
for i in range(200000):
    l = [i]
    d = {"l": l}
    l.append(d)
    if i % 20000 == 0:
        peak = max(peak, len(gc.get_objects()) - start)
print(peak < 20000)
