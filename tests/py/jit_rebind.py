# Tier 2: a global rebound, a builtin shadowed and a class method replaced
# while a compiled loop runs: the frozen caches must notice.

def helper(x):
    return x + 1


def run(n):
    global helper
    t = 0
    for i in range(n):
        if i == n // 2:
            helper = lambda x: x * 2
        t += helper(i)
    return t


print(run(5000))
print(run(5000))


class A:
    def m(self, x):
        return x + 1


def use(a, n):
    t = 0
    for i in range(n):
        if i == n // 2:
            A.m = lambda self, x: x - 1
        t += a.m(i)
    return t


print(use(A(), 5000))


def use_instance_attr(n):
    a = A()
    t = 0
    for i in range(n):
        if i == n // 3:
            a.m = lambda x: 1000
        if i == 2 * n // 3:
            del a.m
        t += a.m(i)
    return t


print(use_instance_attr(6000))


def uselen(n):
    t = 0
    for i in range(n):
        if i == n // 2:
            globals()["len"] = lambda s: 100
        t += len("abc")
    return t


print(uselen(4000))
del len
print(len("abcd"))


LIMIT = 10


def counter(n):
    global LIMIT
    c = 0
    for i in range(n):
        if i > LIMIT:
            c += 1
        if i == 2000:
            LIMIT = 3000
    return c


print(counter(5000))


class P:
    def __init__(self):
        self.x = 1
        self.y = 2


def attrs(n):
    ps = [P() for _ in range(4)]
    t = 0
    for i in range(n):
        p = ps[i % 4]
        t += p.x * 10 + p.y
        if i == n // 2:
            P.x = property(lambda self: 7)   # a data descriptor on the class now wins
            for q in ps:
                q.__dict__.pop("x", None)
    return t


print(attrs(4000))


def method_on_type_swapped(n):
    class B:
        def f(self):
            return 1

    class C:
        def f(self):
            return 2

    o = B()
    t = 0
    for i in range(n):
        if i == n // 2:
            o.__class__ = C
        t += o.f()
    return t


print(method_on_type_swapped(5000))
