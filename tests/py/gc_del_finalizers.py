# __del__ runs on cyclic garbage, once per object, resurrection included.
import gc

log = []

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        log.append(self.name)

a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print(gc.collect() > 0)
print(sorted(log))

log.clear()
n = Node("self")
n.other = n
del n
gc.collect()
print(log)

# resurrection: the finalizer stores the object; it survives, and __del__
# is not called again when it becomes garbage a second time
saved = []

class Phoenix:
    def __init__(self):
        self.me = self
        self.calls = 0
    def __del__(self):
        self.calls += 1
        saved.append(self)

p = Phoenix()
del p
gc.collect()
print(len(saved), saved[0].calls, saved[0].me is saved[0])
saved.clear()
gc.collect()
print(len(saved))

# a finalizer that creates new cycles while the collector runs
class Spawner:
    def __init__(self, depth):
        self.me = self
        self.depth = depth
    def __del__(self):
        log.append(self.depth)
        if self.depth < 3:
            Spawner(self.depth + 1)

log.clear()
Spawner(0)
for i in range(5):
    gc.collect()
print(log)

# __del__ of objects freed by plain refcounting still runs once
log.clear()
n = Node("plain")
del n
print(log)
