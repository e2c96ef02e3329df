# Tier 2: on-stack replacement: hot loops entered while they run, at module
# level and in functions called once.

total = 0
for i in range(30000):
    total += i * 3 % 7
print(total)

acc = []
i = 0
while i < 20000:
    if i % 4000 == 0:
        acc.append(i)
    i += 1
print(acc, i)


def once(n):
    s = 0.0
    i = 0
    while i < n:
        s += i * 0.5
        i += 1
    return s


print(once(100000))


def nested():
    c = 0
    for a in range(300):
        for b in range(300):
            c += a ^ b
    return c


print(nested())


def two_loops(n):
    xs = []
    for i in range(n):
        xs.append(i * i % 97)
    t = 0
    for x in xs:
        if x > 50:
            t += x
        else:
            t -= 1
    return t, len(xs)


print(two_loops(50000))


def loop_then_error(n):
    d = {}
    for i in range(n):
        d[i % 100] = d.get(i % 100, 0) + i
    return d[1000]


try:
    loop_then_error(20000)
except KeyError as e:
    print("KeyError", e)


def gen_consumer():
    def g(n):
        for i in range(n):
            yield i * 2
    t = 0
    for v in g(20000):
        t += v
    return t


print(gen_consumer())


def locals_in_loop(n):
    a = 1
    for i in range(n):
        b = a + i
        if i == n - 1:
            return sorted(locals().items())
    return None


print(locals_in_loop(5000))


class Acc:
    def __init__(self):
        self.n = 0

    def run(self, k):
        for i in range(k):
            self.n += i & 3
        return self.n


print(Acc().run(30000))
