# Generators compiled by tier 2 (py-jit100 and -X jit-threshold=0 compile
# them after their first resumes): locals live across yields, send/throw/
# close, try/finally and with-blocks around yields, a type change in the
# middle of a generator's life, genexprs in a hot loop, yield from a
# compiled sub-generator, StopIteration values, tracebacks, f_lineno of a
# suspended generator, the recursion limit, coroutines driven by send(None).
import sys


def live_across(n):
    a, b, c = 1, 2.5, "s"
    total = 0
    for i in range(n):
        total += i * a
        got = yield total
        if got is not None:
            a = got
        b = b + 1.0
        yield b
        c = c + "x" if len(c) < 5 else "s"
        yield c
    return total


def run_live():
    out = []
    for r in range(60):
        g = live_across(5)
        vals = [next(g)]
        for k in range(14):
            vals.append(g.send(2 if k == 3 else None))
        try:
            next(g)
        except StopIteration as e:
            vals.append(("stop", e.value))
        out.append(vals)
    print(out[0])
    print(out[-1] == out[0], len(out))


def echo():
    total = 0
    while True:
        try:
            v = yield total
        except KeyError as e:
            total = -1000
            continue
        except GeneratorExit:
            print("echo closed at", total)
            raise
        total += v


def run_send_throw_close():
    res = []
    for r in range(40):
        g = echo()
        next(g)
        for i in range(10):
            g.send(i)
        a = g.send(100)
        b = g.throw(KeyError("k"))
        c = g.send(5)
        try:
            g.throw(ValueError("out"))
        except ValueError as e:
            d = str(e)
        res.append((a, b, c, d, g.gi_frame is None))
    print(res[0], res[-1])
    g = echo()
    next(g)
    for i in range(300):
        g.send(i)
    g.close()
    g.close()


class CM:
    def __init__(self, log, name):
        self.log = log
        self.name = name

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, tp, v, tb):
        self.log.append("exit %s %s" % (self.name, tp.__name__ if tp else None))
        return False


def guarded(log, n):
    try:
        with CM(log, "a"):
            for i in range(n):
                yield i
                log.append(i)
    finally:
        log.append("finally")


def run_finally_with():
    for r in range(50):
        log = []
        s = sum(guarded(log, 4))
        log2 = []
        g = guarded(log2, 10)
        next(g)
        next(g)
        g.close()
        log3 = []
        g = guarded(log3, 10)
        next(g)
        try:
            g.throw(RuntimeError("x"))
        except RuntimeError:
            pass
    print(s, log)
    print(log2)
    print(log3)


def accumulate(xs):
    acc = 0
    for x in xs:
        acc = acc + x
        yield acc


def run_deopt():
    for r in range(200):
        last = list(accumulate(range(20)))
    print(last[-1])
    print(list(accumulate([1, 2, 2.5, 3])))
    g = accumulate(iter([1, 2, 3, "no"]))
    print(next(g), next(g), next(g))
    try:
        next(g)
    except TypeError as e:
        print("TypeError", e)
    g = accumulate([1, 2, 3])
    print(next(g))
    mixed = [1, 2, 3.5, 4, 10 ** 30, 5]
    print(list(accumulate(mixed)))
    for r in range(100):
        last = list(accumulate(range(30)))
    print(last[-1])


def run_genexpr():
    total = 0
    for i in range(400):
        total += sum(x * x for x in range(i % 17) if x & 1)
        total += max((y - 3 for y in range(5)), default=0)
    print(total)
    print(any(x > 50 for x in range(100)), all(x < 50 for x in range(100)))


def inner(n):
    for i in range(n):
        yield i * 2
    return n * 100


def outer(n):
    r = yield from inner(n)
    yield ("returned", r)


def run_yield_from():
    for r in range(100):
        got = list(outer(4))
    print(got)
    g = inner(2)
    print(next(g), next(g))
    try:
        next(g)
    except StopIteration as e:
        print("StopIteration value", e.value)


def deep(n):
    x = 10
    for i in range(n):
        yield x // (n - 1 - i)


def run_traceback():
    for r in range(100):
        list(deep(3)) if False else None
        g = deep(200)
        for k in range(150):
            next(g)
    g = deep(3)
    try:
        for v in g:
            pass
    except ZeroDivisionError as e:
        tb = e.__traceback__
        while tb is not None:
            print("  at", tb.tb_frame.f_code.co_name, tb.tb_lineno - deep.__code__.co_firstlineno)
            tb = tb.tb_next
    print(g.gi_frame)


def lines():
    yield 1
    x = 2
    yield x
    yield 3


def run_suspended():
    for r in range(200):
        g = lines()
        next(g)
        l1 = g.gi_frame.f_lineno - lines.__code__.co_firstlineno
        next(g)
        l2 = g.gi_frame.f_lineno - lines.__code__.co_firstlineno
        lasti_stable = g.gi_frame.f_lasti >= 0
        next(g)
        l3 = g.gi_frame.f_lineno - lines.__code__.co_firstlineno
    print(l1, l2, l3, lasti_stable, g.gi_running)


def nest(k):
    if k == 0:
        yield 0
        return
    for v in nest(k - 1):
        yield v + 1


def run_recursion():
    for r in range(30):
        s = list(nest(20))
    print(s)
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(120)
    try:
        list(nest(500))
    except RecursionError:
        print("RecursionError")
    finally:
        sys.setrecursionlimit(old)
    print(list(nest(30)))


async def leaf(x):
    return x * 2


async def middle(n):
    t = 0
    for i in range(n):
        t += await leaf(i)
    return t


def no_await_coro_driver():
    async def plain(a, b):
        s = 0
        for i in range(a):
            s += i * b
        return s
    out = 0
    for r in range(200):
        c = plain(10, r)
        try:
            c.send(None)
        except StopIteration as e:
            out += e.value
    print(out)


def run_coroutines():
    for r in range(100):
        c = middle(10)
        try:
            c.send(None)
        except StopIteration as e:
            v = e.value
    print(v)
    no_await_coro_driver()


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


def consume(n):
    s = 0
    for x in counter(n):
        s += x
    return s


def run_compiled_consumer():
    t = 0
    for r in range(300):
        t += consume(50)
    print(t)
    it = counter(3)
    print(list(zip(it, counter(10))), list(it))


run_live()
run_send_throw_close()
run_finally_with()
run_deopt()
run_genexpr()
run_yield_from()
run_traceback()
run_suspended()
run_recursion()
run_coroutines()
run_compiled_consumer()
