# Calls in hot loops (the JIT's call helpers): positional, keyword, default,
# *args/**kwargs, bound methods, builtins, method descriptors, isinstance,
# type(x), class instantiation, builtin classes, f(*a, **k), closures.

def add(a, b):
    return a + b

def defaults(a, b=10, *, c=100):
    return a + b + c

def star(*args, **kwargs):
    return len(args) * 1000 + len(kwargs)

def kwonly(a, *, key):
    return a * key

class Acc:
    def __init__(self, start):
        self.total = start

    def add(self, x):
        self.total += x
        return self

    def get(self):
        return self.total

class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

class Sub(Point):
    pass

def positional(n):
    s = 0
    for i in range(n):
        s = add(s, i)
    return s

def keywords(n):
    s = 0
    for i in range(n):
        s += defaults(i) + defaults(i, 1) + defaults(i, c=2) + defaults(a=i, b=3, c=4)
        s += kwonly(i, key=2)
    return s

def varargs(n):
    s = 0
    t = (1, 2, 3)
    d = {"x": 1, "y": 2}
    for i in range(n):
        s += star() + star(i) + star(*t) + star(i, *t, z=i, **d) + star(**d)
    return s

def methods(n):
    acc = Acc(0)
    m = acc.add
    for i in range(n):
        acc.add(i)
        m(1)
        acc.add(i).add(-i)
    return acc.get()

def builtins_calls(n):
    out = []
    s = 0
    for i in range(n):
        s += len(out) + abs(-i) + max(i, 3) + min(i, 7, key=lambda v: -v)
        out.append(i % 7)
        s += out.count(3)
        if i % 100 == 0:
            s += len(" ".join([str(i), "x"]))
            s += sum(sorted(out[-5:], key=lambda v: -v, reverse=True))
    return s

def type_checks(n):
    p = Point(1, 2)
    q = Sub(3, 4)
    c = 0
    for i in range(n):
        x = i if i % 3 else str(i)
        if isinstance(x, int):
            c += 1
        if isinstance(x, (str, bytes)):
            c += 10
        if isinstance(q, Point):
            c += 100
        if isinstance(p, Sub):
            c += 1000
        if type(x) is str:
            c += 10000
        if type(p) == Point:
            c += 1
    return c

def instantiate(n):
    s = 0
    for i in range(n):
        p = Point(i, -i)
        q = Point(i)
        r = Sub(x=i, y=1)
        s += p.norm1() + q.norm1() + r.norm1()
    return s

def builtin_classes(n):
    s = 0
    for i in range(n):
        s += int(str(i)) + len(list(range(i % 5))) + len(tuple([i, i])) + int("7", base=8)
        s += float(i) > 3.5
        d = dict(a=i)
        s += d["a"]
    return s

def call_ex(n):
    def f(a, b, c=0, **kw):
        return a + b + c + len(kw)
    args = [1, 2]
    kws = {"c": 3, "d": 4}
    s = 0
    for i in range(n):
        s += f(*args) + f(*args, **kws) + f(*(i, i)) + f(*[i], **{"b": 1})
        s += f(*range(2))
    return s

def closures(n):
    s = 0
    for i in range(n):
        def inner(x, y=i, *, z=2) -> int:
            return x + y + z + i
        g = lambda v, w=3: v * w + i
        s += inner(1) + inner(1, 2, z=3) + g(2) + g(2, 1)
    return s

def callables(n):
    class C:
        def __call__(self, x):
            return x + 1
        @staticmethod
        def st(x):
            return x * 2
        @classmethod
        def cm(cls, x):
            return x * 3
    c = C()
    s = 0
    for i in range(n):
        s += c(i) + C.st(i) + c.st(i) + C.cm(i) + c.cm(i)
    return s

def generators(n):
    def gen(k):
        for j in range(k):
            yield j
    s = 0
    for i in range(n):
        s += sum(gen(i % 10))
        g = gen(3)
        s += next(g) + next(g)
    return s

for fn in (positional, keywords, varargs, methods, builtins_calls, type_checks,
           instantiate, builtin_classes, call_ex, closures, callables, generators):
    print(fn.__name__, fn(3000))
