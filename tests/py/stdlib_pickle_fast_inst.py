# pickle of instances of plain classes and classes by reference (the C fast
# path in vm/modules/pickle_speedups.c) next to everything that must still
# take the Python pickler: byte-identical to CPython for protocols 0-5.
import pickle, copyreg, io

def show(d):
    return d.hex() if len(d) <= 160 else '%d bytes' % len(d)

class Plain:
    def __init__(self, i):
        self.a = i
        self.b = 'v%d' % i
        self.c = [i, 1.5]

class Empty:
    pass

class Base:
    def __init__(self):
        self.x = 1

class Derived(Base):
    def __init__(self):
        super().__init__()
        self.y = (2, 3)

class WithReduce:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (WithReduce, (self.v,))

class WithGetstate:
    def __init__(self): self.a = 1; self.b = 2
    def __getstate__(self): return {'a': self.a}

class WithSetstate:
    def __init__(self): self.a = 1
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True

class WithSlots:
    __slots__ = ('p', 'q')
    def __init__(self): self.p = 1; self.q = 2

class WithNewargs:
    def __new__(cls, n): o = super().__new__(cls); o.n = n; return o
    def __getnewargs__(self): return (self.n,)

class Outer:
    class Inner:
        def __init__(self): self.z = 9

class Registered:
    def __init__(self): self.r = 5

copyreg.pickle(Registered, lambda o: (Registered, ()))

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    def __init__(self): self.m = 1

class ListSub(list):
    pass

def local_class():
    class Local:
        pass
    return Local()

shadow = Plain(7)
shadow.__reduce_ex__ = lambda proto: (Plain, (8,))

def dumps_all(name, x):
    for p in range(6):
        try:
            d = pickle.dumps(x, p)
        except Exception as e:
            print(name, p, type(e).__name__, str(e).split(' at 0x')[0])
            continue
        print(name, p, show(d))
        y = pickle.loads(d)
        if hasattr(y, '__dict__'):
            print('   ', type(y).__name__, sorted((k, 'self' if v is y else v) for k, v in vars(y).items()))
        else:
            print('   ', type(y).__name__, getattr(y, 'p', None), getattr(y, 'q', None))

p1 = Plain(1)
rec = Plain(2)
rec.me = rec
objs = [('plain', p1), ('empty', Empty()), ('derived', Derived()), ('reduce', WithReduce(3)),
        ('getstate', WithGetstate()), ('setstate', WithSetstate()), ('slots', WithSlots()),
        ('newargs', WithNewargs(4)), ('inner', Outer.Inner()), ('registered', Registered()),
        ('meta', WithMeta()), ('listsub', ListSub([1])), ('local', local_class()), ('shadow', shadow),
        ('recursive', rec)]
for name, x in objs:
    dumps_all(name, x)

print(Plain.__dict__.get('__slotnames__'), Empty.__dict__.get('__slotnames__'))
for p in range(2, 6):
    print(p, show(pickle.dumps([p1, p1, Plain, Plain(2), p1.__dict__, [Empty, Empty()]], p)))
    print(p, show(pickle.dumps([Plain, Derived, Base, WithReduce], p)))
    print(p, show(pickle.dumps((rec, [rec]), p)))
many = [Plain(i) for i in range(1500)]
for p in range(6):
    d = pickle.dumps(many, p)
    print(p, len(d), show(d[:60]))
    back = pickle.loads(d)
    print(all(type(a) is Plain and vars(a) == vars(b) for a, b in zip(back, many)))

y = pickle.loads(pickle.dumps([p1, p1]))
print(y[0] is y[1], vars(y[0]))
y = pickle.loads(pickle.dumps(rec))
print(y.me is y)
y = pickle.loads(pickle.dumps(WithSetstate()))
print(sorted(vars(y).items()))

# lambdas and other unpicklables: CPython's errors
holder = Plain(3)
holder.f = lambda: 3
for bad in [lambda: 1, [1, lambda: 2], holder]:
    try:
        pickle.dumps(bad)
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])

# classes whose module lookup does not find them
class Moved:
    pass
M = Moved
del Moved
try:
    pickle.dumps(M())
except Exception as e:
    print(type(e).__name__, str(e).split(' at 0x')[0])

# Pickler subclasses and persistent ids still take the Python path
class P(pickle.Pickler):
    def persistent_id(self, obj):
        return 'pid' if isinstance(obj, Plain) else None
f = io.BytesIO()
P(f, 4).dump([1, Plain(1)])
print(f.getvalue().hex())

# unpickling: find_class errors and classes that are not plain
for data in [b'\x80\x04\x95\x1a\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x04Nope\x94\x93\x94)\x81\x94.',
             b'\x80\x04\x8c\x08nomodule\x94\x8c\x01X\x94\x93\x94.',
             b'\x80\x03c__main__\nPlain\nq\x00)\x81q\x01}q\x02X\x01\x00\x00\x00aq\x03K\x05sb.',
             b'\x80\x02c__builtin__\nset\nq\x00]q\x01K\x01a\x85q\x02Rq\x03.',
             b'\x80\x04\x95\x1e\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x0cWithSetstate\x94\x93\x94)\x81\x94}\x94b.']:
    try:
        v = pickle.loads(data)
        print(type(v).__name__, sorted(vars(v).items()) if hasattr(v, '__dict__') else v)
    except Exception as e:
        print(type(e).__name__, e)
