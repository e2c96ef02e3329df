from collections import deque, defaultdict
class Graph:
    def __init__(self, directed=False): self.adj = defaultdict(set); self.directed = directed
    def add(self, u, v):
        self.adj[u].add(v)
        if not self.directed: self.adj[v].add(u)
        else: self.adj[v]
    def bfs(self, s):
        seen = {s}; q = deque([s]); order = []
        while q:
            u = q.popleft(); order.append(u)
            for v in sorted(self.adj[u]):
                if v not in seen: seen.add(v); q.append(v)
        return order
    def dfs(self, s, seen=None):
        seen = seen if seen is not None else []
        seen.append(s)
        for v in sorted(self.adj[s]):
            if v not in seen: self.dfs(v, seen)
        return seen
    def topo(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v in self.adj[u]: indeg[v] += 1
        q = deque(sorted(u for u, d in indeg.items() if d == 0)); out = []
        while q:
            u = q.popleft(); out.append(u)
            for v in sorted(self.adj[u]):
                indeg[v] -= 1
                if indeg[v] == 0: q.append(v)
        if len(out) != len(indeg): raise ValueError("cycle")
        return out
    def components(self):
        seen = set(); comps = []
        for u in sorted(self.adj):
            if u not in seen:
                c = self.bfs(u); seen.update(c); comps.append(sorted(c))
        return comps
    def __repr__(self): return f"Graph({dict(sorted((k, sorted(v)) for k, v in self.adj.items()))})"
g = Graph()
for u, v in [(1,2),(2,3),(1,4),(5,6),(4,3),(7,7)]: g.add(u, v)
print(g, g.bfs(1), g.dfs(1), g.components())
dg = Graph(True)
for u, v in [("shirt","tie"),("tie","jacket"),("pants","shoes"),("pants","belt"),("belt","jacket"),("socks","shoes")]: dg.add(u, v)
print(dg.topo())
dg.add("jacket", "shirt")
try: dg.topo()
except ValueError as e: print("error:", e)
grid = ["S.#.....", ".##.###.", "....#...", "##.##.#E"]
def shortest(grid):
    R, C = len(grid), len(grid[0])
    start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
    q = deque([(start, 0)]); seen = {start}
    while q:
        (r, c), d = q.popleft()
        if grid[r][c] == "E": return d
        for dr, dc in ((0,1),(1,0),(0,-1),(-1,0)):
            nr, nc = r+dr, c+dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc)); q.append(((nr, nc), d+1))
    return -1
print(shortest(grid))
