# Iteration in hot loops: range, list, tuple, generators, other iterators,
# break / continue / else, nested loops, big ranges.

def ranges(n):
    s = 0
    for i in range(n):
        if i % 7 == 0:
            continue
        if i > n - 5:
            break
        s += i
    for i in range(n, 0, -3):
        s -= i
    for i in range(2**50, 2**50 + 5):
        s += i - 2**50
    for i in range(2**62, 2**62 + 3 * 2**40, 2**40):
        s += i // 2**40
    for i in range(-5, 5):
        s += i
    for i in range(0):
        s += 1000
    else:
        s += 1
    return s

def lists(n):
    data = list(range(50))
    s = 0
    for k in range(n // 50):
        for x in data:
            if x == 40:
                break
            if x % 2:
                continue
            s += x
        else:
            s += 100000
    grow = [1, 2, 3]
    for x in grow:
        if len(grow) < 100:
            grow.append(x + 1)
        s += x
    shrink = list(range(20))
    for x in shrink:
        shrink.pop()
        s += x
    return s

def tuples(n):
    t = tuple(range(30))
    s = 0
    for k in range(n // 30):
        for a in t:
            for b in (1, 2):
                s += a * b
    for a, b in ((1, 2), (3, 4)):
        s += a - b
    return s

def gens(n):
    def g(m):
        for j in range(m):
            if j % 5 == 4:
                continue
            yield j * 2
    s = 0
    for x in g(n):
        s += x
        if x > 3 * n // 2:
            break
    s += sum(x for x in range(n) if x % 3)
    s += sum([x for x in range(n)])
    s += len({x % 17 for x in range(n)})
    s += len({x: x for x in range(n)})
    return s

def others(n):
    s = 0
    d = {i: i * i for i in range(100)}
    for k in range(n // 100):
        for key, v in d.items():
            s += v - key
        for ch in "hello":
            s += ord(ch)
        for i, x in enumerate([5, 6, 7]):
            s += i * x
        for a, b in zip(range(3), "abc"):
            s += a
        for x in reversed([1, 2, 3]):
            s += x
        for x in map(abs, (-1, -2)):
            s += x
        for x in iter([9, 9]):
            s += x
    return s

def nested(n):
    s = 0
    for i in range(n // 100):
        for j in range(10):
            for k in range(10):
                if k > j:
                    break
                s += i * j * k
            else:
                s -= 1
    return s

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

class Seq:
    def __getitem__(self, i):
        if i >= 50:
            raise IndexError(i)
        return i

def protocols(n):
    s = 0
    for k in range(n // 50):
        for x in Countdown(50):
            s += x
        for x in Seq():
            s += x
    return s

def iter_errors(n):
    c = 0
    for i in range(n):
        try:
            for x in i:
                pass
        except TypeError as e:
            c += 1
            m = str(e)
    class Bad:
        def __iter__(self):
            return 5
    try:
        for x in Bad():
            pass
    except TypeError as e:
        print(e)
    class Boom:
        def __init__(self):
            self.k = 0
        def __iter__(self):
            return self
        def __next__(self):
            self.k += 1
            if self.k == 1000:
                raise ValueError("boom")
            return self.k
    try:
        t = 0
        for x in Boom():
            t += x
    except ValueError as e:
        print(e, t)
    return c, m

def modify_during(n):
    d = {1: 1}
    try:
        for k in d:
            d[k + 1] = 1
    except RuntimeError as e:
        print(e)
    lst = list(range(n))
    s = 0
    for i in range(len(lst)):
        s += lst[i]
    it = iter(lst)
    for x in it:
        if x == 10:
            break
    for x in it:
        s += x
    return s

for fn in (ranges, lists, tuples, gens, others, nested, protocols, iter_errors, modify_during):
    print(fn.__name__, fn(3000))
