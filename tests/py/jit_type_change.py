# Tier 2: values whose type changes while a compiled loop runs (guards fail,
# the code deoptimises, the interpreter carries on with the right answer).

def accumulate(items):
    total = 0
    for x in items:
        total = total + x
    return total

r = 0
for _ in range(60):
    r = accumulate(list(range(100)))
print(r)
print(accumulate([1.5] * 3000))
print(accumulate([1, 2.5, 3] * 1000))
print(accumulate([10**20, 1, -3] * 700))
print(accumulate([True, 2, False] * 700))


def loop_type_change(n):
    x = 0
    for i in range(n):
        if i == n // 2:
            x = float(x)
        if i == 3 * n // 4:
            x = str(x)
        if isinstance(x, str):
            x = x[:12] + "a"
        else:
            x = x + i
    return x


for n in (10, 3000, 4001):
    print(loop_type_change(n))


def flip(n):
    s = 0
    for i in range(n):
        v = 1.5 if i % 7 == 0 else 2
        s = s + v * i
        s = s - (i if i % 3 else 0.25)
    return s


print(flip(5000))


def compare_mixed(n):
    hits = 0
    vals = [1, 2.0, 3, 4.5, -1, 0.0, 7, 10**30, -(10**30)]
    for i in range(n):
        a = vals[i % len(vals)]
        b = vals[(i * 7) % len(vals)]
        if a < b:
            hits += 1
        if a == b:
            hits += 10
    return hits


print(compare_mixed(6000))


def strings_then_lists(n):
    acc = ""
    for i in range(n):
        acc = acc + "x" if i < n // 2 else acc
    out = []
    for i in range(n):
        out = out + [i] if i % 500 == 0 else out
    return len(acc), out


print(strings_then_lists(4000))


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __repr__(self):
        return "Num(%r)" % (self.v,)


def add_all(xs):
    t = xs[0]
    for x in xs[1:]:
        t = t + x
    return t


print(add_all(list(range(3000))))
print(add_all([Num(1)] + list(range(2000)) + [Num(5)]))
