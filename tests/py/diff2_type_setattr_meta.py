# Class attribute stores consult the metaclass's data descriptors first:
# a metaclass property setter runs, and __name__/__qualname__ are writable.
class Meta(type):
    @property
    def x(cls):
        return cls._x
    @x.setter
    def x(cls, v):
        print("setter", v)
        cls._x = v * 2
class A(metaclass=Meta):
    _x = 1
A.x = 5
print(A.x, A.__dict__.get("x"), A._x)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)
def renamed(name):
    def deco(cls):
        cls.__name__ = name
        cls.__qualname__ = "Outer." + name
        return cls
    return deco
@renamed("Better")
class Worse:
    def __repr__(self):
        return f"<{type(self).__name__} {type(self).__qualname__}>"
print(Worse.__name__, Worse.__qualname__, Worse(), Worse)
for bad in (5, None):
    try:
        Worse.__name__ = bad
    except TypeError as e:
        print(e)
try:
    Worse.__qualname__ = 3
except TypeError as e:
    print(e)
try:
    del Worse.__name__
except TypeError as e:
    print(e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print(e)
try:
    A.__dict__ = {}
except AttributeError as e:
    print(e)
A.__module__ = "somewhere"
print(A.__module__, A)
A.__doc__ = "docs"
print(A.__doc__)
