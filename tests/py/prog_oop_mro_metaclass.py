class A:
    def go(self): return ["A"]
class B(A):
    def go(self): return ["B"] + super().go()
class C(A):
    def go(self): return ["C"] + super().go()
class D(B, C):
    def go(self): return ["D"] + super().go()
print(D().go(), [k.__name__ for k in D.__mro__])
class Meta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[name] = cls
        cls.tag = kw.get("tag", name.lower())
        return cls
    def __call__(cls, *a, **k):
        print("creating", cls.__name__, a, k)
        return super().__call__(*a, **k)
class Base(metaclass=Meta): pass
class Plugin(Base, tag="plug"):
    def __init__(self, x=1): self.x = x
p = Plugin(5)
print(p.x, Plugin.tag, Base.tag, sorted(Meta.registry), type(Plugin), type(Meta))
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Cfg(metaclass=Singleton):
    def __init__(self): self.v = 0
a = Cfg(); b = Cfg(); a.v = 9
print(a is b, b.v)
class X:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.extra = kw
class Y(X, flag=True): pass
print(Y.extra)
try:
    class Bad(B, D): pass
except TypeError as e:
    print(e)
print(D.__bases__, D.__name__, D.__qualname__, D.__module__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
