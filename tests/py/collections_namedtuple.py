# namedtuple: construction, field access, _make/_replace/_asdict, defaults,
# reprs and argument errors.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), list(p))
x, y = p
print(x + y, p == (11, 22), isinstance(p, tuple), hash(p) == hash((11, 22)))
print(Point._fields, Point._make([1, 2]), p._replace(x=100), p._asdict())
print(Point.__name__, Point.__doc__, Point(1, 2) < Point(1, 3))
P3 = namedtuple('P3', 'a, b c', defaults=[0])
print(P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3(b=5, a=1))
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc'], rename=True)
print(R._fields)
E = namedtuple('E', '')
print(E(), E._fields)
One = namedtuple('One', 'v')
print(One(5), One.__doc__)

class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(3, 4)
print(v, v.norm2(), type(v).__name__)

def err(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)

err(Point, 1)
err(Point)
err(Point, 1, 2, 3)
err(Point, 1, x=2)
err(Point, 1, 2, z=3)
err(P3, 1, 2, 3, 4)
err(Point._make, [1])
err(p._replace, z=1)
err(namedtuple, 'Bad', 'x _y')
err(namedtuple, 'Bad', 'x x')
err(namedtuple, 'Bad', 'x class')
err(namedtuple, 'Bad', '1x')
err(namedtuple, 'Bad', 'x', defaults=[1, 2])
