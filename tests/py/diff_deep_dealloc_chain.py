# Freeing a very long chain of containers (a linked list of a million
# nodes, [[[...]]], nested dicts/tuples) must not overflow the C stack:
# CPython defers deep deallocations (its "trashcan"); so does coil.
import gc
N = 300000
class Node:
    def __init__(self, val, nxt):
        self.val = val
        self.next = nxt
head = None
for i in range(N):
    head = Node(i, head)
print("built", head.val)
head = None
print("linked list freed")
class Slotted:
    __slots__ = ("nxt",)
    def __init__(self, nxt):
        self.nxt = nxt
s = None
for _ in range(N):
    s = Slotted(s)
del s
print("slotted chain freed")
x = []
for _ in range(N):
    x = [x]
del x
d = {}
for _ in range(N):
    d = {"k": d}
del d
t = ()
for _ in range(N):
    t = (t, 1)
del t
print("nested containers freed")
deleted = 0
class Counted:
    def __init__(self, nxt):
        self.nxt = nxt
    def __del__(self):
        global deleted
        deleted += 1
c = None
for _ in range(5000):
    c = Counted(c)
c = None
print("finalizers run", deleted)
ring = [None]
cur = ring
for _ in range(100000):
    cur = [cur]
ring[0] = cur          # one long cycle
del cur, ring
print("collected something", gc.collect() > 0)
tree = None
for i in range(200000):
    tree = {"left": tree, "right": [i, (i,)], "i": i}
print(tree["i"], len(tree))
tree = None
print("done")
