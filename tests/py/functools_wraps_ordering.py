# update_wrapper / wraps, cmp_to_key, total_ordering, cached_property, singledispatch.
import functools

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        """wrapper doc"""
        return fn(*args, **kw) * 2
    return wrapper

@deco
def double_me(x):
    """Doc of double_me."""
    return x + 1

print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4))
print(double_me.__qualname__, double_me.__module__)

def g():
    pass
g.extra = 42
def h():
    pass
functools.update_wrapper(h, g)
print(h.__name__, h.extra, h.__wrapped__ is g)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def cmp(a, b):
    return (a > b) - (a < b)
key = functools.cmp_to_key(lambda a, b: cmp(len(a), len(b)) or cmp(a, b))
print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=key))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
k = functools.cmp_to_key(cmp)
print(k(1) < k(2), k(2) <= k(2), k(3) == k(3), k(1) != k(1), k(5) > k(1), k(1).obj)
try:
    k(1) < 5
except TypeError as e:
    print('TypeError', e)
try:
    hash(k(1))
except TypeError as e:
    print('TypeError', e)

@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'V(%d)' % self.v

a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, b >= a, a <= V(1), a >= V(1))
print(sorted([V(3), V(1), V(2)]), max(V(5), V(9)))
print(V.__gt__.__name__)

@functools.total_ordering
class W:
    def __init__(self, v):
        self.v = v
    def __ge__(self, other):
        return self.v >= other.v
print(W(1) < W(2), W(2) <= W(2), W(3) > W(2))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @functools.cached_property
    def area(self):
        self.computed += 1
        return self.r * self.r * 3
c = Circle(2)
print(c.area, c.area, c.computed)

@functools.singledispatch
def show(x):
    return 'object %r' % (x,)
@show.register(int)
def _(x):
    return 'int %d' % x
@show.register
def _(x: list):
    return 'list of %d' % len(x)
print(show(1), show(True), show('s'), show([1, 2]), show(2.5))
print(show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), '__name__') else None)
