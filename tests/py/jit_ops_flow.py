# with, raise (incl. from and bare), imports inside functions, assert,
# pattern matching and class creation in hot loops.

class Ctx:
    entered = 0
    exited = 0
    def __init__(self, suppress=False):
        self.suppress = suppress
    def __enter__(self):
        Ctx.entered += 1
        return self
    def __exit__(self, t, v, tb):
        Ctx.exited += 1
        return self.suppress

class NoExit:
    def __enter__(self): return self

def withs():
    n = 0
    for i in range(2000):
        with Ctx() as c:
            n += 1
        with Ctx(True):
            if i % 2:
                raise ValueError(i)
            n += 1
    print(n, Ctx.entered, Ctx.exited)
    bad = 0
    for i in range(600):
        try:
            with (NoExit() if i % 2 else 5):
                pass
        except TypeError as e:
            bad += 1
            m = str(e)
    print(bad, m)
    try:
        for i in range(1000):
            with Ctx():
                if i == 777:
                    raise KeyError("inside")
    except KeyError as e:
        print(i, repr(e), Ctx.exited)

class MyErr(Exception):
    pass

def raises():
    caught = []
    for i in range(1500):
        try:
            if i % 3 == 0:
                raise MyErr(i)
            elif i % 3 == 1:
                raise ValueError("v%d" % i) from KeyError(i)
            else:
                raise TypeError
        except MyErr as e:
            caught.append(("my", e.args[0] % 7))
        except ValueError as e:
            caught.append(("val", type(e.__cause__).__name__, e.__suppress_context__))
        except TypeError as e:
            caught.append(("type", e.args))
    print(len(caught), caught[:3])
    def inner(k):
        for j in range(k):
            if j == k - 1:
                raise IndexError("at %d" % j)
    tot = 0
    for i in range(1, 400):
        try:
            inner(i)
        except IndexError as e:
            tot += int(str(e)[3:])
    print(tot)
    def reraise():
        raise
    def chained():
        try:
            {}["missing"]
        except KeyError:
            raise RuntimeError("wrapped")
    n = 0
    for i in range(300):
        try:
            try:
                1 / 0
            except ZeroDivisionError:
                reraise()
        except ZeroDivisionError as e:
            n += 1
        try:
            chained()
        except RuntimeError as e:
            n += isinstance(e.__context__, KeyError)
        try:
            raise MyErr from None
        except MyErr as e:
            n += e.__cause__ is None and e.__suppress_context__
    print(n)
    try:
        reraise()
    except RuntimeError as e:
        print(e)
    try:
        for i in range(100):
            raise 5
    except TypeError as e:
        print(e)
    try:
        raise ValueError from 5
    except TypeError as e:
        print(e)
    class Weird(Exception):
        def __new__(cls, *a):
            return 42
    try:
        raise Weird
    except TypeError as e:
        print(type(e).__name__)

def imports():
    tot = 0.0
    for i in range(1000):
        import math
        from math import sqrt, pi
        import os.path
        tot += sqrt(i) + math.floor(pi) + len(os.path.sep)
    print(round(tot, 6))
    errs = 0
    for i in range(300):
        try:
            from math import no_such_thing
        except ImportError as e:
            errs += 1
            m = str(e).split(" (")[0]
        try:
            import no_such_module_xyz
        except ImportError as e:
            errs += 1
            m2 = str(e)
    print(errs, m, m2)

def matching():
    out = []
    items = [[1, 2], (3, 4, 5), [], {"k": 1}, "str", 7, [1, [2, 3]], {"k": 2, "z": 3}]
    for i in range(1600):
        v = items[i % 8]
        match v:
            case []:
                r = "empty"
            case [a, b]:
                r = ("two", a, b)
            case (a, *rest):
                r = ("many", a, len(rest))
            case {"k": 1}:
                r = "k1"
            case {"k": x, **others}:
                r = ("k", x, others)
            case str() | int():
                r = "scalar"
            case _:
                r = "other"
        if i >= 1592:
            out.append(r)
    print(out)

def classes():
    made = []
    for i in range(300):
        class K:
            x = i
            def get(self):
                return self.x * 2
        made.append(K().get())
    print(sum(made), K.__name__)

def asserts():
    ok = 0
    for i in range(2000):
        assert i >= 0, "never"
        try:
            assert i % 5, "div by five: %d" % i
            ok += 1
        except AssertionError as e:
            m = str(e)
    print(ok, m)

withs()
raises()
imports()
matching()
classes()
asserts()
