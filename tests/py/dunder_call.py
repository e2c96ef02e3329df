# __call__: instances as functions.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0, *rest, scale=1, **kw):
        return (self.n + x + y + sum(rest)) * scale, sorted(kw)

add5 = Adder(5)
print(add5(1), add5(1, 2), add5(1, 2, 3, 4), add5(1, scale=10), add5(x=1, y=1, z=0, w=1))
print(list(map(Adder(1), [1, 2, 3])))
print(callable(add5), callable(Adder), callable(object()))
args = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
print(add5(*args), add5(*args, scale=2, a=1, b=2))

class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count
c = Counter()
c(); c()
print(c(), c.count)
try:
    object()()
except TypeError as e:
    print('TypeError:', e)
try:
    add5()
except TypeError as e:
    print('TypeError:', e)

class Deco:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.f(*a, **k)
@Deco
def square(x):
    return x * x
print(square(3), square(4), square.calls)
print(sorted([3, -1, 2], key=Deco(abs)))

class CallMethodDescr:
    __call__ = print
CallMethodDescr()('via builtin')
class Sub(Adder):
    pass
print(Sub(100)(1))
