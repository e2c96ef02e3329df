# Special methods set or deleted after the class exists take effect at once.
class A:
    pass
class B(A):
    pass
a, b = A(), B()
try:
    a + 1
except TypeError as e:
    print('TypeError:', e)
A.__add__ = lambda self, o: ('A.add', o)
print(a + 1, b + 2)
B.__add__ = lambda self, o: ('B.add', o)
print(a + 1, b + 2)
del B.__add__
print(b + 3)
del A.__add__
try:
    b + 4
except TypeError as e:
    print('TypeError:', e)
A.__len__ = lambda self: 7
print(len(a), len(b), bool(b))
A.__bool__ = lambda self: False
print(bool(a), bool(b))
A.__repr__ = lambda self: 'an A'
print(a, [b])
A.__eq__ = lambda self, o: True
print(a == 5, b == 'x', a != 5)
A.__hash__ = lambda self: 99
print(hash(a), hash(b))
A.__getitem__ = lambda self, k: k * 2
print(a[21], b['ab'], list(zip(range(3), B())) if False else 'skip')
A.__iter__ = lambda self: iter([1, 2])
print(list(a), list(b))
A.__call__ = lambda self, *args: ('called', args)
print(a(1, 2), b())
A.__getattr__ = lambda self, name: 'dyn-' + name
print(a.foo, b.bar)
del A.__getattr__
try:
    a.foo
except AttributeError as e:
    print('AttributeError:', e)
def lt(self, o):
    return 'lt'
A.__lt__ = lt
print(a < b, b > a)
for i in range(3):
    A.__neg__ = (lambda k: lambda self: k)(i)
    print(-a, -b)
