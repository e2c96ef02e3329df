from collections import OrderedDict
class LRU:
    def __init__(self, cap): self.cap = cap; self.d = OrderedDict(); self.hits = self.misses = 0
    def get(self, k):
        if k not in self.d: self.misses += 1; return -1
        self.d.move_to_end(k); self.hits += 1; return self.d[k]
    def put(self, k, v):
        if k in self.d: self.d.move_to_end(k)
        self.d[k] = v
        if len(self.d) > self.cap: print("evict", self.d.popitem(last=False))
    def __repr__(self): return f"LRU({list(self.d.items())}, hits={self.hits}, misses={self.misses})"
c = LRU(2); c.put(1, 1); c.put(2, 2); print(c.get(1)); c.put(3, 3); print(c.get(2)); c.put(4, 4); print(c.get(1), c.get(3), c.get(4)); print(c)
class Trie:
    def __init__(self): self.root = {}
    def insert(self, w):
        n = self.root
        for ch in w: n = n.setdefault(ch, {})
        n["$"] = True
    def search(self, w):
        n = self.root
        for ch in w:
            if ch not in n: return False
            n = n[ch]
        return "$" in n
    def starts(self, p):
        n = self.root
        for ch in p:
            if ch not in n: return []
            n = n[ch]
        out = []
        def walk(n, acc):
            for k in sorted(n):
                if k == "$": out.append(p + acc)
                else: walk(n[k], acc + k)
        walk(n, ""); return out
t = Trie()
for w in ["apple", "app", "apply", "ape", "banana", "band"]: t.insert(w)
print(t.search("app"), t.search("appl"), t.starts("ap"), t.starts("ban"), t.starts("z"))
class MinStack:
    def __init__(self): self.s = []
    def push(self, x): self.s.append((x, min(x, self.s[-1][1]) if self.s else x))
    def pop(self): return self.s.pop()[0]
    def min(self): return self.s[-1][1]
ms = MinStack()
for x in [5, 3, 7, 2, 8]: ms.push(x)
print(ms.min(), ms.pop(), ms.pop(), ms.min(), ms.pop(), ms.min())
class UnionFind:
    def __init__(self, n): self.p = list(range(n)); self.r = [0]*n
    def find(self, x):
        while self.p[x] != x: self.p[x] = self.p[self.p[x]]; x = self.p[x]
        return x
    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a == b: return False
        if self.r[a] < self.r[b]: a, b = b, a
        self.p[b] = a; self.r[a] += self.r[a] == self.r[b]; return True
uf = UnionFind(8)
print([uf.union(a, b) for a, b in [(0,1),(2,3),(1,3),(0,2),(5,6)]], len({uf.find(i) for i in range(8)}))
