# isinstance consults an instance's __class__ when its type does not match.
class Point:
    pass
class Fake:
    @property
    def __class__(self):
        return Point
class Plain:
    pass
f = Fake()
print(isinstance(f, Point), isinstance(f, Fake), type(f).__name__, f.__class__.__name__)
print(isinstance(Plain(), Point), isinstance(f, (int, Point)))
class NotAType:
    __class__ = 5
print(isinstance(NotAType(), Point), isinstance(NotAType(), NotAType))
for i in range(50):   # the same check once specialised
    ok = isinstance(f, Point)
print(ok)
