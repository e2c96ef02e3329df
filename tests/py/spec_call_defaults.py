# CALL_PY_WITH_DEFAULTS: calls that fill missing parameters from defaults.

def f(a, b=2, c=3, d=4):
    return a + b * 10 + c * 100 + d * 1000

def run_f():
    t = 0
    for i in range(200):
        t += f(i)
        t += f(i, 5)
        t += f(i, 5, 6)
        t += f(i, 5, 6, 7)
    return t

print(run_f())

def g(x, y=[]):
    y.append(x)
    return len(y)

print([g(i) for i in range(50)][-3:])

def h(a, b=1):
    return a * b

def run_h():
    return [h(i) for i in range(100)]

print(sum(run_h()))
h.__defaults__ = (7,)
print(sum(run_h()))
h.__defaults__ = None
try:
    run_h()
except TypeError as e:
    print("TypeError", e)
h.__defaults__ = (2,)
print(sum(run_h()))

def fact(n, acc=1):
    if n <= 1:
        return acc
    return fact(n - 1, acc * n) if n % 2 else fact(n - 1) * n * acc

print(fact(20))

def fib(n, memo=None):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(18))

class C:
    def __init__(self, x, y=10, z=None):
        self.x = x
        self.y = y
        self.z = z if z is not None else []

    def m(self, a, b=100, c=1000):
        return self.x + a + b + c

def run_c():
    tot = 0
    objs = []
    for i in range(100):
        o = C(i)
        p = C(i, 2)
        q = C(i, 3, [1])
        tot += o.m(1) + p.m(1, 2) + q.m(1, 2, 3)
        bm = o.m
        tot += bm(5) + bm(5, 6)
        tot += o.y + p.y + q.y + len(o.z) + len(q.z)
        objs.append(o)
    return tot, objs[0].z is not objs[1].z

print(run_c())

C.__init__.__defaults__ = (20, None)
print(run_c())

class D:
    def __init__(self, a=1, b=2):
        self.s = a + b

print(sum(D().s + D(5).s + D(5, 6).s for _ in range(100)))

# Keyword call sites keep the generic path.
print(sum(f(i, d=0) for i in range(100)))

def k(a, b=1, *, c=2):
    return a + b + c

print(sum(k(i) for i in range(100)))

def too_few(a, b, c=1):
    return a + b + c

for i in range(60):
    try:
        too_few(i) if i % 20 == 19 else too_few(i, 1)
    except TypeError as e:
        print("TypeError", e)
