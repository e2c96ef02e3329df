# Small methods (attribute loads + arithmetic) inlined into compiled callers
# (translate.c inline_pure_call): class mutations while the compiled caller
# runs, a callee whose guards fail later, errors raised in the would-be
# inlined callee (its frame in the traceback), sys._getframe, recursion limit.
import sys
import traceback


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def getx(self):
        return self.x


class S:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y


def add3(a, b, c):
    return a + b * c


def loop_dot(a, b, n):
    t = 0.0
    for i in range(n):
        t += a.dot(b)
    return t


def loop_getx(objs, n):
    t = 0
    for i in range(n):
        t += objs[i % len(objs)].getx()
    return t


print(loop_dot(V(1.0, 2.0), V(3.0, 4.0), 500))
print(loop_dot(S(1.5, 2.0), S(3.0, 4.5), 500))
print(loop_dot(V(1, 2), V(3, 4), 500))
print(loop_getx([V(1, 2), V(3, 4)], 500))


# the method replaced on the class while the compiled caller loops
def replace_method(n):
    a, b = V(1.0, 2.0), V(3.0, 4.0)
    t = 0.0
    for i in range(n):
        if i == n // 2:
            V.dot = lambda self, o: 100.0
        t += a.dot(b)
    return t


orig_dot = V.dot
print(replace_method(600))
V.dot = orig_dot
print(replace_method(600))
V.dot = orig_dot


# an attribute becomes a property halfway
def to_property(n):
    a = V(2.0, 3.0)
    t = 0.0
    for i in range(n):
        if i == n // 2:
            V.x = property(lambda self: 1000.0)
        t += a.norm2()
    return t


print(to_property(600))
del V.x
print(V(2.0, 3.0).norm2())


# shape change: the same class, attributes added in another order, one
# deleted, an extra one added
def shapes(n):
    a = V(1.0, 2.0)
    b = V(3.0, 4.0)
    t = 0.0
    for i in range(n):
        if i == n // 3:
            b = V.__new__(V)
            b.y = 5.0
            b.x = 6.0
        if i == 2 * n // 3:
            a.z = 7
        t += a.dot(b)
    return t


print(shapes(900))


# a missing attribute: the callee raises AttributeError in its own frame
def missing(n):
    a = V(1.0, 2.0)
    for i in range(n):
        if i == n - 5:
            del a.y
        try:
            a.norm2()
        except AttributeError as e:
            tb = traceback.extract_tb(e.__traceback__)
            return i, str(e), [f.name for f in tb]
    return None


print(missing(600))


# a type error inside the callee after it was inlined for floats
def bad_types(n):
    a, b = V(1.0, 2.0), V(3.0, 4.0)
    t = 0.0
    for i in range(n):
        if i == n - 3:
            b = V("s", 4.0)
        try:
            t += a.dot(b)
        except TypeError as e:
            tb = traceback.extract_tb(e.__traceback__)
            return i, t, type(e).__name__, [f.name for f in tb]
    return t


print(bad_types(600))


# int overflow and float <-> int switches in an inlined function
def mixed(n):
    t = 0
    for i in range(n):
        x = i if i < n // 2 else float(i)
        t += add3(x, 3, 2 ** 40 if i > n - 10 else 2)
    return t


print(mixed(600))


# sys._getframe in a method swapped in later
class F:
    def __init__(self):
        self.k = 1

    def who(self):
        return self.k


def frames(n):
    f = F()
    out = []
    for i in range(n):
        if i == n - 2:
            F.who = lambda self: (sys._getframe(0).f_code.co_name, sys._getframe(1).f_code.co_name)
        r = f.who()
        if i >= n - 2:
            out.append(r)
    return out


print(frames(600))


# recursion: a recursive function calling an inlinable method at each
# level; the RecursionError comes at the same depth as CPython
class R:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


def rec(v, d):
    if d == 0:
        return v.norm2()
    return rec(v, d - 1) + v.norm2()


def depth_probe(v):
    # the deepest d that does not raise
    lo, hi = 0, 5000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            rec(v, mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


v = R(1.0, 1.0)
for i in range(300):
    rec(v, 20)
sys.setrecursionlimit(200)
d1 = depth_probe(v)
print(d1)


def at_limit(v, d):
    try:
        return at_limit(v, d + 1)
    except RecursionError:
        # at the limit: the method call itself raises in CPython
        try:
            v.norm2()
            return ("no error", d)
        except RecursionError:
            return ("error", d)


r1 = at_limit(v, 0)
r2 = at_limit(v, 0)
print(r1[0], r1 == r2)
sys.setrecursionlimit(1000)


# an inlined compare: its result branched on, going the other way later,
# then a float (the int compare's guard fails) and a missing attribute
class St:
    def __init__(self, r):
        self.rank = r

    def stronger(self, o):
        return self.rank < o.rank


def cmp_loop(n):
    a, b = St(1), St(2)
    c = 0
    out = []
    for i in range(n):
        if i == n // 2:
            b = St(0)
        if i == n - 5:
            b = St(1.5)
        if a.stronger(b):
            c += 1
        else:
            c -= 1
        r = a.stronger(b)
        if i % 97 == 0 or i >= n - 6:
            out.append(r)
    return c, out


print(cmp_loop(600))


# an instance attribute shadows the inlined method halfway (the method
# load's miss path: no method in the slot the inlined body guards)
def shadow(n):
    a, b = V(1.0, 2.0), V(3.0, 4.0)
    t = 0.0
    for i in range(n):
        if i == n // 2:
            a.__dict__['dot'] = lambda o: -1.0
        t += a.dot(b)
    return t


print(shadow(600))
