class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def move(self, dx, dy=0):
        self.x += dx
        self.y += dy
        return self

p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
p.move(1).move(1, 1)
print(p.x, p.y)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(type(p) is Point, type(p).__name__, p.__class__ is Point)
print(sorted(p.__dict__.items()))
p.z = 9
print(sorted(vars(p)))
del p.z
print(hasattr(p, 'z'), getattr(p, 'z', 'dflt'))
setattr(p, 'w', 1)
print(p.w)
Point.dims = 3
print(p.dims, Point.dims)
p.dims = 7
print(p.dims, Point.dims)
del p.dims
print(p.dims)
q = Point(0, 0)
print(q == q, q == p, q != p, hash(q) == hash(q))
print(repr(q).startswith('<__main__.Point object at 0x'))
print(str(q) == repr(q))
print(Point)
print(Point.move.__qualname__, type(Point.move).__name__)
print(repr(q.move).startswith('<bound method Point.move of <__main__.Point object at 0x'))
m = q.move
print(m.__self__ is q, m.__func__ is Point.move, m.__name__)
print(Point.norm2(Point(1, 2)))
class Empty:
    pass
e = Empty()
print(type(e), Empty.__doc__, Empty.__bases__, Empty.__mro__)
e.a = 1; e.b = [1, 2]
print(e.a, e.b, e.__dict__)
