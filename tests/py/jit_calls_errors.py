# Errors raised through the JIT's call paths, caught in Python.
import sys

class BadInit:
    def __init__(self, v):
        self.v = v
        if v % 500 == 7:
            return v

class Good:
    def __init__(self, v):
        self.v = v

def make(n):
    made = failed = 0
    for i in range(n):
        try:
            o = BadInit(i)
            made += o.v > -1
        except TypeError as e:
            failed += 1
            last = str(e)
        g = Good(i)
        made += g.v == i
    print("make", made, failed, last)

def recurse(n):
    return recurse(n + 1) + 1

def depth_probe(n):
    if n == 0:
        return 0
    return depth_probe(n - 1) + 1

def recursion(k):
    for i in range(k):
        try:
            recurse(0)
        except RecursionError as e:
            msg = str(e)
        # the depth is back where it was: a deep (but legal) call still works
        r = depth_probe(500)
    print("recursion", msg, r)

def level3(i):
    if i % 250 == 249:
        raise ValueError("bad %d" % i)
    return i

def level2(i):
    return level3(i) + 1

def level1(i):
    return level2(i) * 2

def deep(n):
    total = 0
    caught = 0
    lines = None
    for i in range(n):
        try:
            total += level1(i)
        except ValueError as e:
            caught += 1
            lines = []
            tb = e.__traceback__
            while tb is not None:
                lines.append(tb.tb_lineno)
                tb = tb.tb_next
            msg = repr(e)
    # The traceback has an entry for every frame of the chain.
    print("deep", total, caught, lines, msg)

def arg_errors(n):
    def f(a, b):
        return a + b
    errs = []
    for i in range(n):
        try:
            if i % 3 == 0:
                f(i)
            elif i % 3 == 1:
                f(i, b=1, c=2)
            else:
                f(i, 2, 3)
        except TypeError as e:
            if len(errs) < 3:
                errs.append(str(e))
    print("arg_errors", errs)

def call_non_callable(n):
    c = 0
    things = [1, "s", None, len]
    for i in range(n):
        try:
            things[i % 4]("x")
            c += 100
        except TypeError as e:
            c += 1
            m = str(e)
    print("non_callable", c, m)

def builtin_errors(n):
    c = 0
    for i in range(n):
        try:
            int("x%d" % i if i % 2 else str(i))
        except ValueError:
            c += 1
        try:
            [].pop()
        except IndexError:
            c += 10
        try:
            isinstance(i, 3)
        except TypeError:
            c += 100
    print("builtin_errors", c)

def ex_errors(n):
    def f(*a, **k):
        return len(a) + len(k)
    c = 0
    for i in range(n):
        try:
            f(*5)
        except TypeError as e:
            c += 1
            m1 = str(e)
        try:
            f(**[1])
        except TypeError as e:
            c += 1
            m2 = str(e)
        c += f(*"ab", **{"x": 1})
    print("ex_errors", c, m1, "|", m2)

class Prop:
    def __init__(self):
        self.n = 0
    @property
    def value(self):
        self.n += 1
        if self.n % 400 == 0:
            raise KeyError(self.n)
        return self.n

def prop_errors(n):
    p = Prop()
    s = 0
    k = 0
    for i in range(n):
        try:
            s += p.value
        except KeyError:
            k += 1
    print("prop_errors", s, k)

def finally_in_calls(n):
    log = []
    def g(i):
        try:
            if i % 2:
                raise RuntimeError(i)
            return i
        finally:
            log.append(i)
    s = 0
    for i in range(n):
        try:
            s += g(i)
        except RuntimeError as e:
            s -= e.args[0]
    print("finally", s, len(log))

make(3000)
recursion(3)
deep(2000)
arg_errors(900)
call_non_callable(1000)
builtin_errors(1000)
ex_errors(1000)
prop_errors(2000)
finally_in_calls(2000)
print("limit", sys.getrecursionlimit())
