class Base:
    __slots__ = ('a',)
class Child(Base):
    __slots__ = ('b',)
c = Child()
c.a = 1
c.b = 2
print(c.a, c.b, hasattr(c, '__dict__'))
try:
    c.c = 3
except AttributeError as e:
    print("AttributeError:", e)
class WithDict(Base):
    __slots__ = ('__dict__',)
w = WithDict()
w.a = 1
w.other = 2
print(w.a, w.other, w.__dict__)
class NoSlots(Base):
    pass
n = NoSlots()
n.a = 5
n.z = 6
print(n.a, n.z)
print(sorted(k for k in Child.__dict__ if not k.startswith('__')))
