# tee: independent iterators over one source, buffering across links.
from itertools import tee, count, islice

a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(range(5), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee([1], 1)))
try:
    tee([1], -1)
except ValueError as e:
    print('ValueError', e)

src = iter(range(200))
x, y = tee(src)
print(sum(x), sum(y))

x, y = tee(count())
print(list(islice(x, 3)), list(islice(y, 5)), list(islice(x, 2)))

x, = tee('ab', 1)
x1, x2 = tee(x)
print(list(x1), list(x2))
print(type(x1).__name__)

def gen():
    yield 1
    yield 2
g1, g2 = tee(gen())
print(list(zip(g1, g2)))
print(list(g1), list(g2))

a, b = tee('abc')
c = a.__copy__()
print(next(a), list(c), list(b), list(a))
