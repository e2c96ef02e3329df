# Locals that hold inline values (int, float, bool, None) or nothing yet on
# every path into a loop: compiled code skips their refcounting and OSR
# entries check them (GUARD_LOCALS_NOT_PTR). Each function's result must be
# the same whether it ran interpreted, entered compiled code at its start or
# at a loop head with any mix of values in those locals.


def floats(n):
    t = 0.0
    for i in range(n):
        x = i * 0.5
        y = x - 1.0
        t += x * y
    return t


def mixed(n):
    acc = 0
    for i in range(n):
        if i % 3 == 0:
            v = i
        elif i % 3 == 1:
            v = i * 1.5
        else:
            v = None
        if v is not None:
            acc += v
    return acc


def with_del(n):
    s = 0.0
    for i in range(n):
        z = float(i)
        s += z
        del z
        try:
            z
        except UnboundLocalError:
            s += 1
    return s


def params(a, *args, b=2, **kw):
    c = 0
    for i in range(a):
        d = i + b
        c += d
    return c, len(args), sorted(kw)


def closure(n):
    cell = 0

    def bump():
        nonlocal cell
        cell += 1
    f = 0.0
    for i in range(n):
        g = i / 2
        f += g
        bump()
    return f, cell


def turns_pointer(n):
    # the local is a float for most of the run, then a str, then a float
    r = []
    w = 0.0
    for i in range(n):
        if i == n // 2:
            w = "str%d" % i
            r.append(w)
        else:
            if isinstance(w, str):
                r.append(len(w))
            w = i * 2.0
    return w, r


def gen(n):
    for i in range(n):
        q = i * 0.25
        yield q


def nested(n):
    tot = 0.0
    for i in range(n):
        for j in range(3):
            p = i * j * 1.0
            tot += p
        k = tot
    return tot, (k if n else None)


for n in (0, 1, 5, 150, 3000):
    print(floats(n), mixed(n), with_del(n), params(n, 1, 2, e=5), closure(n))
    print(turns_pointer(n), sum(gen(n)), nested(n))
for rep in range(3):
    print(floats(2000 + rep), mixed(1000 + rep), turns_pointer(400 + rep)[0])
