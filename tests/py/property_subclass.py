class LoggedProp(property):
    def __get__(self, obj, t=None):
        print('get via', type(self).__name__); return super().__get__(obj, t)
class UP:
    @LoggedProp
    def v(self):
        "vdoc"
        return 5
    @v.setter
    def v(self, val): print('set', val)
u = UP(); print(u.v); u.v = 3; print(type(UP.__dict__['v']).__name__)
for i in range(40): u.v
class Tagged(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None, tag='t'):
        super().__init__(fget, fset, fdel, doc); self.tag = tag
class W:
    @Tagged
    def a(self): return 'A'
    b = Tagged(lambda self: 'B', tag='bt')
w = W(); print(w.a, w.b, W.a.tag, W.b.tag, W.a.fget.__name__, isinstance(W.a, property))
class Cached(property):
    def __set_name__(self, owner, name): print('set_name', name); super().__set_name__(owner, name)
class Q:
    @Cached
    def z(self): return 1
    @z.setter
    def z(self, v): pass
print(Q().z, type(Q.__dict__['z']).__name__)
import abc
class AP(abc.ABC):
    @property
    @abc.abstractmethod
    def p(self): ...
try: AP()
except TypeError as e: print(e)
p = property(lambda s: 1, doc='d'); print(p.__doc__, type(p).__name__)
try: UP().nosuch
except AttributeError as e: print(e)
class RO(property): pass
class K:
    r = RO(lambda s: 'ro')
k = K(); print(k.r)
try: k.r = 1
except AttributeError as e: print(e)
class CM:
    @classmethod
    @property
    def cp(cls): return cls.__name__
    @classmethod
    def plain(cls): return cls
    @classmethod
    @staticmethod
    def st(): return 'st'
class Sub(CM): pass
print(CM.cp, Sub.cp, CM().cp, CM.plain(), Sub().plain(), CM.st())
print(classmethod(len).__get__(None, CM)([1, 2]) if False else '', type(classmethod(len).__get__(None, CM)).__name__)
for src in ["'a'.replace('a')", "'a'.replace()", "'a'.replace(1, 2, 3, 4)", "int.from_bytes('a', 'big')", "int.from_bytes(5, 'big')"]:
    try: eval(src)
    except TypeError as e: print(src, '->', e)
print(int.from_bytes([1, 0], 'big'), int.from_bytes(bytearray(b'\x01'), 'little'))
