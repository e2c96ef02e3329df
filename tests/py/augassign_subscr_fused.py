# `c[k] op= x` on lists (COPY 2, COPY 2, BINARY_SUBSCR, ..., SWAP 3, SWAP 2,
# STORE_SUBSCR): the interpreter runs the subscripts fused with the copies
# and swaps once they are specialised to their list forms; each guard
# (not a list, not a small int, out of range, negative index) fails
# mid-loop here and must give the same results and errors.


class L(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10

    def __setitem__(self, i, v):
        list.__setitem__(self, i, v + 1)


class D:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d.get(k, 0)

    def __setitem__(self, k, v):
        self.d[k] = v


def bump(c, k, x):
    c[k] += x
    return c


def scale(c, k, x):
    c[k] *= x


def run():
    out = []
    a = [1.0, 2.0, 3.0]
    for i in range(300):
        bump(a, i % 3, 0.5)
        bump(a, -1 - i % 3, 1)
    out.append(a)
    # type changes mid-loop: subclass, mapping, dict, tuple (TypeError)
    for i in range(200):
        c = [0, 0] if i % 7 else L([0, 0])
        bump(c, i % 2, i)
        out.append(list(c))
    dd = D()
    for i in range(50):
        bump(dd, "k%d" % (i % 3), i)
    out.append(sorted(dd.d.items()))
    d = {}
    for i in range(50):
        try:
            bump(d, i % 4, 1)
        except KeyError as e:
            d[i % 4] = 0
            out.append(("KeyError", e.args))
    out.append(d)
    # out of range, big int index, bool index
    b = [5, 6, 7]
    for k in [0, 1, 2, 3, -4, 2 ** 70, True, -3, 1.0]:
        try:
            bump(b, k, 1)
            out.append(list(b))
        except (IndexError, TypeError) as e:
            out.append((type(e).__name__, str(e)))
    try:
        bump((1, 2), 0, 1)
    except TypeError as e:
        out.append(str(e))
    # the item's type changes (the BINARY_OP deopts, the store stays)
    m = [1, 2, "x", [1]]
    for i in range(40):
        scale(m, i % 4, 2)
    out.append(m)
    # refcounts: the replaced item dies at the store
    class Noisy:
        def __init__(self, n):
            self.n = n

        def __del__(self):
            out.append(("del", self.n))

        def __add__(self, o):
            return Noisy(self.n + o)

    z = [Noisy(0)]
    for i in range(5):
        z[0] += 1
    out.append(z[0].n)
    # list and index from locals in a loop (the shape nbody has)
    v = [0.0, 0.0, 0.0]
    for i in range(1000):
        v[0] -= i * 0.5
        v[1] += i
        v[2] *= 1.0001
    out.append(v)
    return out


for item in run():
    print(item)
