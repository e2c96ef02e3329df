import weakref
class A: pass
class R(weakref.ref):
    pass
a = A()
r = R(a)
r.extra = 5
print(type(r).__name__, r() is a, r.extra, isinstance(r, weakref.ref), r is R(a), weakref.ref(a) is r)
class KeyedRef(weakref.ref):
    __slots__ = ("key",)
    def __new__(type, ob, callback, key):
        self = weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
k = KeyedRef(a, lambda w: print("dead key", w.key), "K")
print(k.key, k() is a)
del a
print(r(), k())
# a subclass with its own state and methods
class Tagged(weakref.ref):
    def __init__(self, ob, callback=None):
        super().__init__(ob, callback)
        self.tag = "tag1"
    def describe(self):
        o = self()
        return "%s -> %s" % (self.tag, "dead" if o is None else type(o).__name__)
b = A()
t = Tagged(b, None)
print(t.describe(), t == weakref.ref(b), hash(t) == hash(b))
del b
print(t.describe())
