# tuple and bytes subclasses with instance attributes (the dict slot sits
# after the variable-size data).
class MyTuple(tuple):
    pass

t = MyTuple([1, 2, 3])
t.name = 'pt'
print(t, repr(t), type(t).__name__, isinstance(t, tuple), len(t), t[0], t[-1], t.name, t.__dict__)
for v in [t + (4,), (0,) + t, t * 2, t[1:], t[:], tuple(t), t + ()]:
    print(type(v).__name__, v)
print(t == (1, 2, 3), (1, 2, 3) == t, hash(t) == hash((1, 2, 3)), {(1, 2, 3): 'a'}[t], 2 in t, t.index(3), t.count(1))
print(MyTuple(), MyTuple('ab'), MyTuple(range(3)), list(t), sorted(MyTuple([3, 1, 2])))
a, b, c = t
print(a, b, c)
big = MyTuple(range(100))
big.x = 'x'
print(len(big), big[99], big.x)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __init__(self, x, y):
        self.label = f'P{x}{y}'
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, p.label, p[1], type(p + p).__name__)

class Frozen(tuple):
    __slots__ = ()
fz = Frozen((1,))
try:
    fz.a = 1
except AttributeError as e:
    print('AttributeError', e)

class MyBytes(bytes):
    pass

b = MyBytes(b'abc')
b.k = 1
print(b, repr(b), type(b).__name__, isinstance(b, bytes), len(b), b[0], b.k, b.__dict__)
for v in [b + b'd', b'>' + b, b * 2, b[1:], b[:], bytes(b), b.upper(), b.strip(), b + b'', b.replace(b'z', b'y')]:
    print(type(v).__name__, v)
print(b == b'abc', b'abc' == b, hash(b) == hash(b'abc'), {b'abc': 1}[b], b.decode(), list(b), b.hex(), b'b' in b)
print(MyBytes(), MyBytes(3), MyBytes([65, 66]), MyBytes('hé', 'utf-8'), int(MyBytes(b'12')), float(MyBytes(b'1.5')))
for n in range(12):
    m = MyBytes(b'x' * n)
    m.n = n
    print(n, m.n, len(m), end='; ')
print()
try:
    class Bad(tuple):
        __slots__ = ('a',)
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(bytes):
        __slots__ = ('a',)
except TypeError as e:
    print('TypeError', e)
