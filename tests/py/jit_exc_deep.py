# Tier 2: exceptions raised deep inside compiled calls, caught outside (the
# traceback entries must be CPython's), handlers inside hot loops, and at
# the end an uncaught one (CPython's traceback on stderr).


def print_exc(e):
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    print(type(e).__name__, e, out)


def level3(x):
    if x == 1777:
        raise ValueError("deep %d" % x)
    return x * 2


def level2(x):
    return level3(x) + 1


def level1(x):
    y = level2(x)
    return y - 1


def driver(n):
    t = 0
    for i in range(n):
        t += level1(i)
    return t


try:
    driver(5000)
except ValueError as e:
    print_exc(e)
print(driver(1000))


def safe_div(n):
    c = 0
    for i in range(n):
        try:
            c += 100 // (i % 10)
        except ZeroDivisionError:
            c -= 1
    return c


print(safe_div(5000))


def lookup(d, keys):
    found = missing = 0
    for k in keys:
        try:
            found += d[k]
        except KeyError as e:
            missing += 1
            last = e
    return found, missing, repr(last)


d = {i: i * i for i in range(0, 3000, 3)}
print(lookup(d, list(range(3000))))


def with_finally(n):
    log = []
    for i in range(n):
        try:
            if i % 1000 == 999:
                raise RuntimeError(i)
        except RuntimeError as e:
            log.append(str(e))
        finally:
            if i % 1500 == 0:
                log.append("f%d" % i)
    return log


print(with_finally(5000))


class Boom(Exception):
    pass


def raiser(i):
    if i % 997 == 996:
        raise Boom("boom at %d" % i)
    return i


def catch_count(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += raiser(i)
        except Boom:
            caught += 1
    return caught, total


print(catch_count(6000))


def attr_error(objs):
    n = 0
    for o in objs:
        try:
            n += o.real
        except AttributeError:
            n -= 1
    return n


print(attr_error([1, 2.5, "s", None] * 1000))

try:
    [level1(i) for i in range(1776, 1780)]
except ValueError as e:
    print_exc(e)
    print("caught", e)


def unbound(n):
    for i in range(n):
        if i == n - 1:
            del_me = 1
            del del_me
            return del_me
    return None


try:
    unbound(3000)
except UnboundLocalError as e:
    print_exc(e)

driver(5000)
