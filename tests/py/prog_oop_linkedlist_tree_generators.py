class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
class LinkedList:
    def __init__(self, it=()):
        self.head = None; self._n = 0
        for x in reversed(list(it)): self.push(x)
    def push(self, v): self.head = Node(v, self.head); self._n += 1
    def __iter__(self):
        n = self.head
        while n: yield n.v; n = n.nxt
    def __len__(self): return self._n
    def __repr__(self): return " -> ".join(map(repr, self)) or "empty"
    def __reversed__(self): return iter(list(self)[::-1])
    def __contains__(self, v): return any(x == v for x in self)
    def reverse(self):
        prev, cur = None, self.head
        while cur: cur.nxt, prev, cur = prev, cur, cur.nxt
        self.head = prev
ll = LinkedList([1, 2, 3, "x"]); print(ll, len(ll), list(reversed(ll)), 3 in ll, 9 in ll)
ll.reverse(); print(ll, LinkedList(), sorted(LinkedList([3,1,2])), dict(zip(LinkedList("ab"), LinkedList([1,2]))))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1; return self.n + 1
c = Countdown(3); print(list(c), list(c), next(Countdown(1)), next(iter(Countdown(0)), "done"))
class Tree:
    def __init__(self, v, l=None, r=None): self.v, self.l, self.r = v, l, r
    def inorder(self):
        if self.l: yield from self.l.inorder()
        yield self.v
        if self.r: yield from self.r.inorder()
    def __iter__(self): return self.inorder()
    def insert(self, v):
        if v < self.v:
            if self.l: self.l.insert(v)
            else: self.l = Tree(v)
        else:
            if self.r: self.r.insert(v)
            else: self.r = Tree(v)
    def height(self): return 1 + max(self.l.height() if self.l else 0, self.r.height() if self.r else 0)
    def __repr__(self): return f"Tree({self.v}, {self.l}, {self.r})"
t = Tree(5)
for x in [3, 8, 1, 4, 9, 7]: t.insert(x)
print(list(t), t.height(), t, max(t), sum(t))
def averager():
    total = n = 0; avg = None
    while True:
        x = yield avg
        if x is None: break
        total += x; n += 1; avg = total / n
    return (n, avg)
a = averager(); next(a); print(a.send(10), a.send(20), a.send(3))
try: a.send(None)
except StopIteration as e: print("result", e.value)
def g():
    try:
        yield 1; yield 2
    except ValueError as e:
        print("got", e); yield 99
    finally:
        print("cleanup")
gg = g(); print(next(gg), gg.throw(ValueError("x")))
gg.close(); print("closed")
def deleg():
    r = yield from averager()
    print("sub returned", r)
    yield "end"
d = deleg(); next(d); d.send(4); print(d.send(None))
gen = (i for i in range(3)); print(next(gen), list(gen), list(gen))
import sys
def fibg():
    a, b = 0, 1
    while True: yield a; a, b = b, a + b
from itertools import islice, takewhile
print(list(islice(fibg(), 10)), list(takewhile(lambda x: x < 50, fibg())))
class Range2:
    def __init__(s, n): s.n = n
    def __getitem__(s, i):
        if i >= s.n: raise IndexError(i)
        return i * 2
print(list(Range2(4)), 6 in Range2(4), [x for x in Range2(2)])
it = iter([1,2,3]); print(next(it), list(it), next(it, None))
print(list(iter(lambda: next(it, None), None)))
x = iter(Countdown(2)); print(type(x).__name__, hasattr(x, "__next__"))
gi = fibg(); print(gi.__name__, type(gi).__name__, gi.gi_running if hasattr(gi,'gi_running') else '')
