# lru_cache / cache: hits, misses, eviction order, typed keys, keywords,
# cache_info reprs, cache_clear, methods, recursion.
import functools
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
print(fib.cache_info().hits, fib.cache_info().misses, fib.cache_info().maxsize)
fib.cache_clear()
print(fib.cache_info())

calls = []
@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x

for x in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    sq(x)
print(calls, sq.cache_info())

@lru_cache
def ident(x, y=0):
    calls.append((x, y))
    return (x, y)
calls.clear()
ident(1); ident(1); ident(1, 2); ident(1, y=2); ident(x=1, y=2); ident(1, y=2)
print(calls, ident.cache_info())
print(ident.__name__, ident.__wrapped__.__name__, ident.cache_parameters())

@lru_cache(maxsize=10, typed=True)
def t(x):
    calls.append(x)
    return x
calls.clear()
t(1); t(1.0); t(True); t(1)
print(calls, t.cache_info())
@lru_cache(maxsize=10)
def u(x):
    calls.append(x)
    return x
calls.clear()
u(1); u(1.0); u(True)
print(calls, u.cache_info())

@lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1)
print(z.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1)
print(neg.cache_info())

@cache
def fact(n):
    """factorial"""
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30), fact.cache_info(), fact.__doc__, fact.__name__)

class C:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=None)
    def m(self, x):
        return self.k * x
c = C(3)
print(c.m(2), c.m(2), C.m.cache_info())

try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)
try:
    fib([1])
except TypeError as e:
    print('TypeError', e)
info = fib.cache_info()
print(type(info).__name__, isinstance(info, tuple), info == (0, 0, None, 0), tuple(info))
print(info._asdict())
