# collections.deque: both ends, maxlen, indexing, rotation, reprs, errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([8, 9])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d)
d.reverse()
print(d, d.count(2), d.index(2), 'a' in d, 'z' in d)
d.remove('a')
d.insert(1, 'X')
d.insert(-1, 'Y')
d.insert(100, 'Z')
print(d)
d[0] = 'first'
del d[1]
print(d, list(reversed(d)))
c = d.copy()
c.clear()
print(c, d == d.copy(), c == deque())
print(deque(), deque('abc', maxlen=2), deque(maxlen=0))

m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen, deque().maxlen)
m.appendleft(-1)
print(m)
m.extend([10, 11])
print(m)
m.extendleft('ab')
print(m)
try:
    m.insert(0, 'x')
except IndexError as e:
    print('IndexError', e)

big = deque(range(100))
big.rotate(37)
print(big[0], big[99], sum(big))
for _ in range(60):
    big.popleft()
print(len(big), big[0], big[-1])
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1])

print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque('a'))
e = deque([1])
e += [2, 3]
e *= 2
print(e)
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) == deque([1, 2]), deque([1]) == [1])
print(deque([2]) > deque([1, 5]), deque([1, 2]) >= deque([1, 2]), bool(deque()), bool(deque([0])))
r = deque([1])
r.append(r)
print(r)
print(deque('abc', 5), deque(iterable=[1], maxlen=None))

def err(f, *args):
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)

err(deque().pop)
err(deque().popleft)
err(lambda: deque([1])[5])
err(lambda: deque([1])['a'])
err(deque([1]).index, 5)
err(deque([1]).remove, 5)
err(deque, [1], -1)
err(deque, [1], 'a')
err(lambda: deque() + [1])
err(hash, deque())
it = iter(deque([1, 2]))
dd = deque([1, 2, 3])
it = iter(dd)
next(it)
dd.append(4)
err(next, it)
print(type(d).__name__, type(d).__module__)
