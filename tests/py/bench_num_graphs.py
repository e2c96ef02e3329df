import heapq
import sys
from collections import deque, defaultdict

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)


def make_grid_graph(w, h, rng):
    adj = defaultdict(list)
    for y in range(h):
        for x in range(w):
            node = (x, y)
            if x + 1 < w:
                c = rng.randint(1, 20)
                adj[node].append(((x + 1, y), c))
                adj[(x + 1, y)].append((node, c))
            if y + 1 < h:
                c = rng.randint(1, 20)
                adj[node].append(((x, y + 1), c))
                adj[(x, y + 1)].append((node, c))
    return adj


def dijkstra(adj, src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    visited = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in visited:
            continue
        visited.add(u)
        for v, c in adj[u]:
            nd = d + c
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev


def path_to(prev, src, dst):
    path = [dst]
    while path[-1] != src:
        path.append(prev[path[-1]])
    path.reverse()
    return path


def bfs_levels(adj, src):
    level = {src: 0}
    q = deque([src])
    while q:
        u = q.popleft()
        for v, _ in adj[u]:
            if v not in level:
                level[v] = level[u] + 1
                q.append(v)
    hist = defaultdict(int)
    for v in level.values():
        hist[v] += 1
    return max(hist), sum(hist.values())


def topo_sort(n, edges):
    indeg = [0] * n
    out = [[] for _ in range(n)]
    for a, b in edges:
        out[a].append(b)
        indeg[b] += 1
    ready = [i for i in range(n) if indeg[i] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        u = heapq.heappop(ready)
        order.append(u)
        for v in out[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                heapq.heappush(ready, v)
    return order


class UnionFind:
    __slots__ = ("parent", "rank", "count")

    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
        self.count = n

    def find(self, x):
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.count -= 1
        return True


def kruskal(n, edges):
    uf = UnionFind(n)
    total = 0
    used = 0
    for w, a, b in sorted(edges):
        if uf.union(a, b):
            total += w
            used += 1
    return total, used, uf.count


def main():
    rng = LCG(42)
    w = 30 * SCALE
    adj = make_grid_graph(w, w, rng)
    dist, prev = dijkstra(adj, (0, 0))
    dst = (w - 1, w - 1)
    p = path_to(prev, (0, 0), dst)
    print("dijkstra", dist[dst], len(p), p[:3], max(dist.values()))
    print("bfs", bfs_levels(adj, (w // 2, w // 2)))

    n = 400 * SCALE
    edges = set()
    while len(edges) < n * 3:
        a = rng.randint(0, n - 1)
        b = rng.randint(0, n - 1)
        if a < b:
            edges.add((a, b))
    order = topo_sort(n, sorted(edges))
    pos = {v: i for i, v in enumerate(order)}
    ok = all(pos[a] < pos[b] for a, b in edges)
    print("topo", len(order), order[:8], ok)

    wedges = [(rng.randint(1, 1000), a, b) for a, b in sorted(edges)]
    print("mst", kruskal(n, wedges))


if __name__ == "__main__":
    main()
