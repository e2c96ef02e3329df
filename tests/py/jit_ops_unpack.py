# Unpacking, building and f-strings in hot loops.

def unpacking():
    pairs = [(i, i * 2) for i in range(10)]
    acc = 0
    for i in range(3000):
        a, b = pairs[i % 10]
        c, d, e = [a, b, i]
        x, y = y, x = (d, c)
        acc += a + b + c + d + e + x - y
    print(acc)
    tot = 0
    for i in range(2000):
        first, *mid, last = range(i % 6 + 2)
        h, *t = "xyz"[: i % 3 + 1]
        *init, z = (i, i + 1, i + 2)
        tot += first + last + len(mid) + len(t) + sum(init) + z
    print(tot, first, mid, last, h, t, init, z)
    errs = []
    for i in range(1500):
        try:
            if i % 4 == 0:
                a, b = (1, 2, 3)
            elif i % 4 == 1:
                a, b, c = [1]
            elif i % 4 == 2:
                a, *b, c, d = "ab"
            else:
                a, b = 5
        except (ValueError, TypeError) as e:
            errs.append(type(e).__name__ + ": " + str(e))
    print(len(errs), errs[:4])
    gens = 0
    for i in range(500):
        p, q = (j for j in (i, -i))
        r, s = "hi"
        t, u = {i: 1, -1: 2}
        gens += p + q + (r == "h") + t + u
    print(gens)

def building():
    out = []
    for i in range(2000):
        t = (i, i + 1, "x")
        l = [i, t, None]
        s = {i % 3, i % 5, 7}
        d = {"a": i, "b": [i], i % 4: "k"}
        e = {1: 2}
        out.append((t[0], len(l), len(s), len(d), e[1]))
    print(out[-3:], sorted(s), d)
    sq = []
    for i in range(300):
        lc = [j * j for j in range(i % 10)]
        sc = {j % 4 for j in range(i % 12)}
        dc = {j: str(j) for j in range(i % 5)}
        gc = sum(j for j in range(i % 7))
        sq.append(len(lc) + len(sc) + len(dc) + gc)
    print(sum(sq), lc, sc, dc)
    a = [1, 2]
    b = (3, 4)
    s1 = {5}
    m1 = {"p": 1}
    res = None
    for i in range(1500):
        merged = [*a, *b, i]
        tup = (*a, *b)
        st = {*s1, *a, i % 3}
        dm = {**m1, "q": i, **{"r": -i}}
        res = (merged, tup, sorted(st), dm)
    print(res)
    try:
        for i in range(1000):
            if i == 900:
                x = [*a, *5]
    except TypeError as e:
        print(i, e)
    try:
        for i in range(1000):
            if i == 901:
                x = {**m1, **[1]}
    except TypeError as e:
        print(i, e)
    try:
        for i in range(1000):
            if i == 902:
                x = {*a, *[[1]]}
    except TypeError as e:
        print(i, e)

def kw(**k):
    return sorted(k.items())

def pos(*a, **k):
    return len(a), sorted(k)

def calls_with_splats():
    r = None
    args = [1, 2, 3]
    kws = {"x": 1}
    for i in range(1500):
        r = (kw(**kws, y=i), pos(*args, *args, **kws), pos(*args, i, **kws, z=2))
    print(r)
    try:
        for i in range(1000):
            if i == 800:
                kw(**kws, **{"x": 2})
    except TypeError as e:
        print(i, e)
    try:
        for i in range(1000):
            if i == 801:
                kw(**kws, **[("a", 1)])
    except TypeError as e:
        print(i, e)

class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
    def __repr__(self):
        return "F()"
    def __str__(self):
        return "f-str"

def fstrings():
    out = []
    f = F()
    for i in range(2000):
        x = i * 1.5
        s = f"{i}|{i:5d}|{x:.2f}|{x!r}|{'é'!a}|{i:>{i % 7}}|{f}|{f:abc}|{f!r}|{f!s:>8}|{i:#x}|{i:,}|{'s'}"
        if i % 400 == 0:
            out.append(s)
    for s in out:
        print(s)
    try:
        for i in range(1000):
            s = f"{i:d}" if i < 999 else f"{'str':d}"
    except ValueError as e:
        print(i, e)
    w = 3
    print(f"{3.14159:{w}.{w}}", f"{'abc':^{w + 4}}", f"{1e20:e}", f"{-0.0}", f"{12345678:_}")

unpacking()
building()
calls_with_splats()
fstrings()
