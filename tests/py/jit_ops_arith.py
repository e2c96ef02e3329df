# Operators in loops hot enough for the JIT: ints overflowing into big ints,
# a loop variable changing type mid-loop, mixed compares, strings.

def overflow():
    x = 1
    out = []
    for i in range(200):
        x = x * 3 + i          # leaves the small-int range early on
        if i % 40 == 0:
            out.append(x % 1000003)
    y = 2 ** 40
    for i in range(3000):
        y += i * 7             # crosses 2**47 and back never
        y -= 3
    z = -(2 ** 46)
    acc = 0
    for i in range(3000):
        z -= 1000              # below the small-int range
        acc ^= z & 0xFFFF
    print(out, y, z, acc)
    a = 1
    for i in range(100):
        a <<= 1
        a = a | 1
    print(a, a >> 90, ~a & 0xFF, -a % 97, a // -7 % 1000)

class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __sub__(self, o): return Num(self.v - o)
    def __mul__(self, o): return Num(self.v * o)
    def __lt__(self, o): return self.v < (o.v if isinstance(o, Num) else o)
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return Num(self.v + 0.5)
    def __invert__(self): return Num(~int(self.v))
    def __bool__(self): return self.v != 0
    def __repr__(self): return "Num(%r)" % (self.v,)

def changing_type():
    x = 0
    total = 0
    for i in range(3000):
        if i == 1000:
            x = float(x)
        if i == 2000:
            x = Num(x)
        x = x + 1
        x = x - 0
        x = x * 1
        if x < 10 ** 6:
            total += 1
    print(x, total, type(x).__name__)
    vals = [1, 2.5, Num(3), -4, 0.0, Num(0)]
    res = []
    for k in range(600):
        v = vals[k % 6]
        r = (-v, +v, not v)
        if k >= 594:
            res.append(r)
    print(res)
    inv = []
    for k in range(500):
        v = vals[k % 6]
        if isinstance(v, float):
            continue
        w = ~v
        if k >= 494:
            inv.append(w)
    print(inv)

def compares():
    cnt = [0] * 8
    xs = [1, 1.0, 2, 2.5, -1, float("nan"), 10 ** 20, True]
    for i in range(2000):
        a = xs[i % 8]
        b = xs[(i * 3 + 1) % 8]
        if a < b: cnt[0] += 1
        if a <= b: cnt[1] += 1
        if a == b: cnt[2] += 1
        if a != b: cnt[3] += 1
        if a > b: cnt[4] += 1
        if a >= b: cnt[5] += 1
        c = a == b
        cnt[6] += c
        cnt[7] += (a is b)
    print(cnt)
    s = 0
    for i in range(2000):
        t = "k%d" % (i % 5)
        if t == "k3": s += 1
        if t != "k1": s += 10
        if "k" < t: s += 100
    print(s)

def divisions():
    out = []
    for i in range(-30, 30):
        for j in (-7, -3, 3, 7):
            out.append((i // j, i % j, i / j))
    print(out[::17])
    errs = 0
    for i in range(2000):
        d = i % 4
        try:
            r = 100 // d + 100 % d
            r2 = 1.5 / (d * 1.0)
        except ZeroDivisionError as e:
            errs += 1
            msg = str(e)
    print(errs, msg)
    f = 0.0
    for i in range(1, 3000):
        f += 1 / i
        f = f * 1.0000001 - 0.0000001
    print(round(f, 9), 2.0 ** 0.5, 7 ** 2, (-8) ** (1 / 3) if False else 0, 10 % 3.5, -7.5 // 2)

def strings():
    s = ""
    for i in range(3000):
        s += str(i % 10)
    t = ""
    for i in range(2000):
        t = t + "ab"
    u = ""
    for i in range(50):
        u = u + "x" * (i % 4) + "-"
    print(len(s), s[:25], s[-5:], len(t), t[:6], u[:40])
    r = []
    for i in range(1000):
        r.append(("ab" * (i % 3)) + ("c" if i % 2 else ""))
    print(r[-7:], "abc" * 3, 3 * [1, 2])
    words = ["x", "yy", "zzz"]
    n = 0
    for i in range(2000):
        if "y" in words[i % 3]: n += 1
        if "q" not in words[i % 3]: n += 2
        if words[i % 3] in ("x", "zzz"): n += 4
        if i in {1, 2, 3}: n += 8
        if i % 7 in {0: 1, 3: 2}: n += 16
    print(n)

def mixed_errors():
    bad = 0
    for i in range(1500):
        try:
            v = [1, "a", None][i % 3] + 1
        except TypeError as e:
            bad += 1
            m = str(e)
    print(bad, m)
    try:
        for i in range(1500):
            x = -"s" if i == 1400 else -i
    except TypeError as e:
        print(i, e)
    try:
        for i in range(1500):
            x = "abc" < 3 if i == 1499 else i < 3
    except TypeError as e:
        print(i, e)

overflow()
changing_type()
compares()
divisions()
strings()
mixed_errors()
