# Calls of Python functions from compiled code (issue 8: the direct call
# of a compiled callee): deopts inside the callee, callees replaced after the
# caller compiled, exceptions and tracebacks across the call, recursion depth,
# generator callees, sys._getframe from the callee, methods, closures.
import sys
import traceback


def add(a, b):
    return a + b


def caller_add(n, x):
    t = 0
    for i in range(n):
        t = add(t, x)
    return t


# warm with ints, then floats and strings: the callee's code deopts
print(caller_add(3000, 1))
print(caller_add(300, 0.5))
try:
    caller_add(3, "ab")
except TypeError as e:
    print("TypeError", e, [f.name for f in traceback.extract_tb(e.__traceback__)])


def cat(a, b):
    return a + b


def caller_cat(n, x, y):
    r = None
    for i in range(n):
        r = cat(x, y)
    return r


print(caller_cat(3000, 1, 2))
print(caller_cat(5, "a", "b"))
print(caller_cat(5, [1], [2]))


# a callee with more locals than arguments (the frame's other locals start unbound)
def many_locals(a):
    b = a * 2
    c = b + 1
    d = [a, b, c]
    e = len(d)
    return c + e


def caller_many(n):
    t = 0
    for i in range(n):
        t += many_locals(i)
    return t


print(caller_many(3000))


# replacing the callee's code and rebinding the global after the caller compiled
def target(x):
    return x + 1


def other_code(x):
    return x * 100


def other_code2(x, y):
    return x - y


def caller_target(n):
    t = 0
    for i in range(n):
        t += target(i)
    return t


print(caller_target(3000))
target.__code__ = other_code.__code__
print(caller_target(10))
saved = target


def target(x):
    return -x


print(caller_target(10))
try:
    target.__code__ = other_code2.__code__
    print(caller_target(10))
except TypeError as e:
    print("TypeError", e)
target = saved
print(caller_target(10))


# exceptions raised in a compiled callee, caught by a compiled caller
def boom(x):
    if x > 2500:
        raise ValueError("boom %d" % x)
    return x


def catcher(n):
    out = []
    for i in range(n):
        try:
            boom(i)
        except ValueError as e:
            out.append(str(e))
            tb = traceback.extract_tb(e.__traceback__)
            out.append([(f.name, f.lineno - catcher.__code__.co_firstlineno) for f in tb])
            if len(out) > 5:
                break
    return out


for item in catcher(3000):
    print(item)


def uncaught_inner(x):
    return 1 // x


def uncaught_outer(n):
    t = 0
    for i in range(n, -1, -1):
        t += uncaught_inner(i)
    return t


try:
    uncaught_outer(3000)
except ZeroDivisionError as e:
    print("ZeroDivisionError", [f.name for f in traceback.extract_tb(e.__traceback__)])


# RecursionError at the same depth cold and compiled, through mutual recursion
def ping(n):
    return pong(n + 1)


def pong(n):
    global deepest
    deepest = n
    return ping(n + 1)


def depth():
    try:
        ping(0)
    except RecursionError:
        return deepest


def warm_pp(n):
    t = 0
    for i in range(n):
        t += even(i % 20)
    return t


def even(n):
    return 1 if n == 0 else odd(n - 1)


def odd(n):
    return 0 if n == 0 else even(n - 1)


deepest = 0
d0 = depth()
print(warm_pp(3000))
for i in range(30):
    d1 = depth()
print(d0 == d1, d0 > 100)


# a generator function called from compiled code
def gen(n):
    for i in range(n):
        yield i


def use_gen(n):
    t = 0
    for i in range(n):
        t += sum(gen(3))
    return t


print(use_gen(3000))


# sys._getframe(1) from a compiled callee
def who_called():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno


def frame_caller(n):
    r = None
    for i in range(n):
        r = who_called()
    return r


print(frame_caller(3000))


# methods (LOAD_METHOD: [meth, self, args]) and bound methods
class Acc:
    def __init__(self):
        self.v = 0

    def add(self, x):
        self.v += x
        return self.v

    def twice(self, x):
        return self.add(x) + self.add(x)


def method_caller(n):
    a = Acc()
    t = 0
    for i in range(n):
        t += a.twice(i)
    bm = a.add
    for i in range(n):
        t += bm(1)
    return t, a.v


print(method_caller(3000))


class Sub(Acc):
    def add(self, x):
        self.v -= x
        return self.v


def poly_caller(objs, n):
    t = 0
    for i in range(n):
        for o in objs:
            t += o.add(1)
    return t


print(poly_caller([Acc(), Sub()], 2000))


# closures: the callee's free variables and cells
def make(k):
    def inner(x):
        cell = x + k

        def use():
            return cell
        return use() + k
    return inner


def closure_caller(n):
    f = make(3)
    g = make(5)
    t = 0
    for i in range(n):
        t += f(i) + g(i)
    return t


print(closure_caller(3000))


# a callee whose refcounts matter: its locals are released on return
class Tracked:
    alive = 0

    def __init__(self):
        Tracked.alive += 1

    def __del__(self):
        Tracked.alive -= 1


def keep_local(x):
    t = Tracked()
    u = [t, x]
    return len(u)


def tracked_caller(n):
    s = 0
    for i in range(n):
        s += keep_local(i)
    return s


print(tracked_caller(3000), Tracked.alive)


# the callee's frame holds the only reference to the function object (made
# for the call and dropped by the caller): the frame pop after the return
# releases it, and with it a closure cell holding a Tracked
def fresh(k):
    obj = Tracked()

    def f(a, b=2):
        c = a * b
        d = [obj, c]
        return d[1] + k
    return f


def fresh_caller(n):
    s = 0
    for i in range(n):
        s += fresh(i)(i)
        s += fresh(1)(i, 3)
    return s


print(fresh_caller(3000), Tracked.alive)


class Box:
    def __init__(self, v):
        self.v = v

    def get(self, extra):
        loc = [self.v, extra]
        return loc[0] + loc[1]


def method_caller(n):
    s = 0
    for i in range(n):
        s += Box(i).get(1)
    return s


print(method_caller(3000))
