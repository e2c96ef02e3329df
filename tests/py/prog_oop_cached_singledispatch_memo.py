from functools import lru_cache, cached_property, singledispatch, partialmethod
class Circle:
    def __init__(s, r): s.r = r
    @cached_property
    def area(s): print("computing"); return 3.14159 * s.r ** 2
c = Circle(2); print(c.area, c.area, "area" in vars(c)); del c.area; print(c.area)
@singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return "list " + ", ".join(show(i) for i in x)
@show.register(str)
def _(x): return f"str {x.upper()}"
print(show(1), show("a"), show([1, "b", 2.5]), show(True), show(None))
class Cell:
    def __init__(s): s.alive = False
    def set_state(s, st): s.alive = st
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
cl = Cell(); cl.set_alive(); print(cl.alive); cl.set_dead(); print(cl.alive)
class Solver:
    def __init__(s, grid): s.grid = grid
    def paths(s):
        R, C = len(s.grid), len(s.grid[0])
        @lru_cache(None)
        def go(r, c):
            if r >= R or c >= C or s.grid[r][c] == 1: return 0
            if (r, c) == (R-1, C-1): return 1
            return go(r+1, c) + go(r, c+1)
        return go(0, 0), go.cache_info().currsize
print(Solver([[0,0,0],[0,1,0],[0,0,0]]).paths(), Solver([[0]*12 for _ in range(12)]).paths())
@lru_cache(maxsize=128)
def edit(a, b):
    if not a: return len(b)
    if not b: return len(a)
    if a[0] == b[0]: return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))
print(edit("kitten", "sitting"), edit("intention", "execution"), edit.cache_info().hits > 0)
def lcs(a, b):
    @lru_cache(None)
    def f(i, j):
        if i == len(a) or j == len(b): return ""
        if a[i] == b[j]: return a[i] + f(i+1, j+1)
        return max(f(i+1, j), f(i, j+1), key=len)
    return f(0, 0)
print(lcs("ABCBDAB", "BDCABA"))
class Memo:
    def __init__(s, f): s.f = f; s.cache = {}
    def __call__(s, *a):
        if a not in s.cache: s.cache[a] = s.f(*a)
        return s.cache[a]
    def __get__(s, obj, t): import functools; return functools.partial(s, obj)
@Memo
def catalan(n): return 1 if n <= 1 else sum(catalan(i) * catalan(n-1-i) for i in range(n))
print([catalan(i) for i in range(12)], len(catalan.cache))
class K:
    @Memo
    def sq(s, x): return x * x
print(K().sq(9))
import sys; sys.setrecursionlimit(5000)
@lru_cache(None)
def deep(n): return 0 if n == 0 else 1 + deep(n - 1)
print(deep(3000))
