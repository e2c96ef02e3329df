# Cells and locals in hot loops: closures read and written, nonlocal
# counters, class-body free variables, deleting names.

def counter():
    n = 0
    def inc(k):
        nonlocal n
        n += k
        return n
    def get():
        return n
    return inc, get

def closures():
    inc, get = counter()
    for i in range(3000):
        inc(i % 3)
    print(get())
    total = 0
    scale = 2
    fs = []
    for i in range(1000):
        def mul(x, i=i):
            return x * scale + i
        fs.append(mul)
        total += mul(i)
        if i == 500:
            scale = 3
    print(total, fs[10](1), fs[999](1))
    acc = []
    def outer():
        v = 0
        def bump():
            nonlocal v
            for j in range(100):
                v = v + j
            return v
        for i in range(30):
            bump()
        return v
    print(outer())
    funcs = [lambda x, k=k: x + k for k in range(5)]
    s = 0
    for i in range(2000):
        s += funcs[i % 5](i)
    print(s)

def cell_in_loop():
    x = 0
    def read():
        return x
    out = 0
    for i in range(3000):
        x = i
        out += read()
    print(out, x)

def class_deref():
    res = []
    for i in range(300):
        val = i
        class C:
            val = "class"
            a = val
            def m(self):
                return val
        res.append((C.a, C().m()))
    print(res[-1], len(res))
    def g():
        y = 5
        class D:
            z = y + 1
        return D.z
    print(sum(g() for _ in range(500)))

def deletes():
    errs = []
    for i in range(1500):
        t = i
        if i % 3 == 0:
            del t
        try:
            errs.append(t % 2)
        except UnboundLocalError as e:
            errs.append(str(e))
    print(len(errs), errs[:4])
    def h():
        c = 1
        def r():
            return c
        out = []
        for i in range(200):
            c = i
            if i % 50 == 0:
                del c
            try:
                out.append(r())
            except NameError as e:
                out.append(str(e))
        return out
    o = h()
    print(len(o), o[:2], o[-1])
    def h2():
        w = 1
        def r():
            nonlocal w
            del w
        r()
        return w
    try:
        h2()
    except NameError as e:
        print(type(e).__name__, e)

closures()
cell_in_loop()
class_deref()
deletes()
