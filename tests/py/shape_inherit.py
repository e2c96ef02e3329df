# Inheritance: subclasses, super().__init__, class attributes, slots, builtins.
class Base:
    kind = 'base'
    def __init__(self, a):
        self.a = a
    def describe(self):
        return '%s:%s' % (self.kind, self.a)

class Child(Base):
    kind = 'child'
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def describe(self):
        return super().describe() + '/' + str(self.b)

objs = [Base(1), Child(2, 3), Base(4), Child(5, 6)]
for _ in range(3):
    print([o.describe() for o in objs])
objs[0].kind = 'own'
print([o.describe() for o in objs], Base.kind)
Base.describe = lambda self: 'patched ' + str(self.a)
print([o.describe() for o in objs])

# Properties and data descriptors take precedence over instance attributes.
class WithProp:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v * 2
    @v.setter
    def v(self, x):
        self._v = x
w = WithProp()
for i in range(4):
    w.v = i
    print(w.v, w._v, vars(w))

# __slots__ with and without __dict__.
class S:
    __slots__ = ('p', '__dict__')
s = S()
s.p = 1
s.q = 2
print(s.p, s.q, vars(s))
class NoDict:
    __slots__ = ('p',)
nd = NoDict()
nd.p = 3
try:
    nd.q = 4
except AttributeError as ex:
    print('AttributeError:', ex)

# Subclasses of builtins keep their own attribute dicts.
class L(list):
    pass
l = L([1, 2])
l.tag = 'x'
print(l, l.tag, vars(l))
class E(Exception):
    pass
ex = E('msg')
ex.code = 7
print(ex.code, vars(ex), ex.args)

# __del__ and cycles through attributes.
import gc
class Fin:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
f = Fin('a')
f.other = Fin('b')
f.other.back = f
del f
gc.collect()
print('collected')

