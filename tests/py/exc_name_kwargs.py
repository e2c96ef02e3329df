# AttributeError(name=, obj=) and NameError(name=).
e = AttributeError('msg')
print(repr(e.name), repr(e.obj), e.args, str(e))
o = object()
e = AttributeError('no attr', name='foo', obj=o)
print(e.name, e.obj is o, e.args, str(e), repr(e))
e = AttributeError(name='x')
print(repr(e.name), repr(e.obj), e.args, repr(str(e)))
e.name = 'y'
e.obj = 5
print(e.name, e.obj)
n = NameError('name z', name='z')
print(n.name, n.args, str(n))
print(repr(NameError().name))
u = UnboundLocalError('u', name='v')
print(u.name)
try:
    NameError(obj=1)
except TypeError as err:
    print('TypeError:', err)
try:
    AttributeError(foo=1)
except TypeError as err:
    print('TypeError:', err)
try:
    ValueError(name=1)
except TypeError as err:
    print('TypeError:', err)
class MyAttr(AttributeError):
    pass
m = MyAttr('m', name='q', obj=[1])
print(m.name, m.obj, isinstance(m, AttributeError))
try:
    raise AttributeError('boom', name='attr', obj=3)
except AttributeError as err:
    print(err, err.name, err.obj)
print(hasattr(NameError(), 'obj'))
