# isinstance / type relations and introspection of builtin-value subclasses.
class I(int): pass
class S(str): pass
class F(float): pass
class T(tuple): pass
class B(bytes): pass

for cls, base, arg in [(I, int, 1), (S, str, 's'), (F, float, 1.5), (T, tuple, (1,)), (B, bytes, b'b')]:
    x = cls(arg)
    print(cls.__name__, isinstance(x, base), isinstance(x, cls), type(x) is cls, type(x) is base,
          issubclass(cls, base), cls.__base__ is base, cls.__mro__[1] is base, isinstance(base(arg), cls))
    x.attr = cls.__name__
    print(' ', x.attr, x.__class__.__name__, hasattr(x, '__dict__'), type(x).__bases__)
print(isinstance(I(1), (str, int)), isinstance(F(1), (int,)), isinstance(I(1), float), isinstance(S(''), bytes))
print(int.__subclasses__().count(I) if hasattr(int, '__subclasses__') else 0, I in int.__subclasses__())
print(I.__dict__.get('__dict__') is not None, '__dict__' in dir(I(1)), type(I.__dict__['__dict__']).__name__)
match I(3):
    case int(n):
        print('matched int', n, type(n).__name__)
match S('hi'):
    case str() as s:
        print('matched str', s)
match T((1, 2)):
    case (a, b):
        print('matched seq', a, b)
