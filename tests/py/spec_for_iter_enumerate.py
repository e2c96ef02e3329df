# FOR_ITER_ENUMERATE: enumerate steps without the tuple when unpacked at
# once; other targets, big starts, other inner iterators, guard failures.
def f(seq, start=0):
    total = 0
    for i, x in enumerate(seq, start):
        total += i * x
    return total

print(f(list(range(300))), f(tuple(range(300))), f(range(300)), f([1, 2, 3], 10))
print(f(list(range(50)), 2 ** 62), f([1, 2], 2 ** 63 - 2), f([5], -(2 ** 70)))

def g(seq):
    out = []
    for pair in enumerate(seq):          # no unpack: the tuple is built
        out.append(pair)
    for i, (a, b) in enumerate(zip(seq, seq[1:])):
        out.append(i + a + b)
    for *first, last in enumerate(seq):
        out.append((first, last))
    return out
print(g([3, 4, 5]))

def gen(n):
    for k in range(n):
        yield k * k
print(sum(i + v for i, v in enumerate(gen(100))))

# the guard fails mid-loop: the same FOR_ITER sees enumerate, then others
def mixed(its):
    res = []
    for it in its:
        for i, x in it:
            res.append(i - x if isinstance(i, int) else (i, x))
    return res
its = [enumerate(range(5)) for _ in range(30)] + [iter([(1, 2), ("a", "b")]), zip("xy", "zw")]
print(mixed(its)[-6:])

# the list changes while enumerated; exhaustion stays exhausted
l = [1, 2, 3]
e = enumerate(l)
for i, x in e:
    if i == 0:
        l.append(4)
    if i == 1:
        del l[-1]
print(l, list(e))

# an exception in the inner iterator
def bad():
    yield 1
    raise ValueError("inner")
try:
    for i, x in enumerate(bad()):
        print("got", i, x)
except ValueError as ex:
    print("ValueError", ex)

# wrong unpack count still raises
try:
    for a, b, c in enumerate([1]):
        pass
except ValueError as ex:
    print("ValueError", ex)

