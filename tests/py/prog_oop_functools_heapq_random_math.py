import functools, heapq, bisect, random, math
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x): print("compute", x); return x*x
sq(1); sq(2); sq(1); sq(3); sq(2); print(sq.cache_info())
@functools.cache
def ways(n, coins=(1,5,10,25)):
    if n == 0: return 1
    if n < 0 or not coins: return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100))
print(functools.reduce(lambda a,b: a*b, range(1,10)), functools.reduce(max, [3,1,4], 0))
p = functools.partial(int, base=2); print(p("1010"), p.func, p.args, p.keywords)
@functools.total_ordering
class Card:
    order = "23456789TJQKA"
    def __init__(self, r): self.r = r
    def __eq__(self, o): return self.r == o.r
    def __lt__(self, o): return self.order.index(self.r) < self.order.index(o.r)
    def __repr__(self): return f"Card({self.r})"
cards = [Card(c) for c in "KA29T"]
print(sorted(cards), Card("A") >= Card("K"), Card("2") > Card("3"), Card("2") <= Card("2"))
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def hello(x): "doc here"; return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
print(sorted(["bb","a","ccc"], key=functools.cmp_to_key(lambda a,b: len(b)-len(a))))
def dijkstra(g, s):
    dist = {s: 0}; pq = [(0, s)]; prev = {}
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, math.inf): continue
        for v, w in g[u]:
            nd = d + w
            if nd < dist.get(v, math.inf):
                dist[v] = nd; prev[v] = u; heapq.heappush(pq, (nd, v))
    return dist, prev
g = {"A": [("B", 4), ("C", 2)], "B": [("D", 5)], "C": [("B", 1), ("D", 8)], "D": []}
print(dijkstra(g, "A"))
h = [5, 1, 8, 3, 2]; heapq.heapify(h); print(h, heapq.nsmallest(2, h), heapq.nlargest(2, h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1,4,7],[2,5],[3])), heapq.nlargest(2, ["aa","b","cccc"], key=len))
a = [1, 3, 3, 5, 7]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4)); bisect.insort(a, 4); print(a)
def grade(s, bps=[60,70,80,90], g="FDCBA"): return g[bisect.bisect(bps, s)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 5), random.randrange(0, 100, 5))
print(random.choices("abc", weights=[5,1,1], k=6), random.gauss(0, 1), random.getrandbits(16))
random.seed("hello"); print(random.random())
r = random.Random(7); print(r.randint(1,6), r.random())
print(math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99), math.comb(10,3), math.perm(5,2), math.factorial(20), math.sqrt(2), math.hypot(3,4), math.floor(-2.5), math.ceil(2.1), math.log(100, 10), math.log2(8), math.isclose(0.1+0.2, 0.3), math.inf, -math.inf, math.nan, math.e, math.tau, math.fsum([0.1]*10), math.prod([1,2,3]), math.copysign(1, -0.0), math.trunc(-3.7), math.degrees(math.pi), math.atan2(1,1))
