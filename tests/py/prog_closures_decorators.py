# closures, decorators with state, memo, timing-free
import functools
def counted(fn):
    @functools.wraps(fn)
    def w(*a, **k):
        w.calls += 1
        return fn(*a, **k)
    w.calls = 0
    return w
@counted
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), fib.calls, fib.__name__, fib.__wrapped__.__name__)
def memo(fn):
    cache = {}
    def w(*a):
        if a not in cache: cache[a] = fn(*a)
        return cache[a]
    w.cache = cache
    return w
@memo
def grid_paths(r, c): return 1 if r == 0 or c == 0 else grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), len(grid_paths.cache))
def compose(*fs): return functools.reduce(lambda f, g: lambda x: f(g(x)), fs)
inc = lambda x: x + 1; dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(str, abs, int)("-42"))
def curry(f, n):
    def c(*args):
        if len(args) >= n: return f(*args)
        return lambda *more: c(*args, *more)
    return c
add3 = curry(lambda a, b, c: a + b + c, 3); print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))
def accumulator():
    total = 0
    def add(x):
        nonlocal total; total += x; return total
    return add
acc = accumulator(); print([acc(i) for i in range(5)])
class cached_property_like:
    def __init__(self, f): self.f = f; self.name = f.__name__
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.f(obj); obj.__dict__[self.name] = v; return v
class Circle:
    def __init__(self, r): self.r = r
    @cached_property_like
    def area(self): print("computing"); return 3.14159 * self.r ** 2
c = Circle(2); print(c.area, c.area, "area" in vars(c))
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]), list(map(functools.partial(pow, 2), range(6))))
