class Meta(type):
    def __repr__(cls): return f"<class {cls.__name__} via Meta>"
    def __len__(cls): return 42
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
    def __iter__(cls): return iter(cls.items)
    def __instancecheck__(cls, inst): return hasattr(inst, "quack")
    def __contains__(cls, x): return x in cls.items
    @property
    def info(cls): return cls.__name__.upper()
class Duck(metaclass=Meta):
    items = [1, 2]
class Q:
    quack = 1
print(Duck, len(Duck), Duck["x"], list(Duck), isinstance(Q(), Duck), isinstance(1, Duck), 2 in Duck, Duck.info)
class AutoRepr(type):
    def __new__(m, name, bases, ns):
        fields = [k for k, v in ns.get("__annotations__", {}).items()]
        def __init__(self, *args):
            for f, a in zip(fields, args): setattr(self, f, a)
        def __repr__(self): return f"{name}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        ns["__init__"] = __init__; ns["__repr__"] = __repr__
        return super().__new__(m, name, bases, ns)
class Pt(metaclass=AutoRepr):
    x: int
    y: int
print(Pt(1, 2), type(Pt).__name__)
class Ordered(type):
    @classmethod
    def __prepare__(m, name, bases): print("prepare", name); return {"_order": []}
    def __new__(m, name, bases, ns): return super().__new__(m, name, bases, dict(ns))
class O(metaclass=Ordered):
    a = 1
print(O._order, O.a)
X = type("X", (object,), {"v": 5, "get": lambda self: self.v * 2})
print(X().get(), X.__name__, X.__bases__)
Y = type("Y", (X,), {}); print(Y().get(), Y.__mro__[1].__name__)
class AbstractBase:
    def __init__(self):
        if type(self) is AbstractBase: raise TypeError("abstract!")
class Impl(AbstractBase): pass
print(type(Impl()).__name__)
try: AbstractBase()
except TypeError as e: print(e)
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class C(A, B):
    def who(self): return "C+" + B.who(self) + super(A, self).who()
print(C().who(), super(C, C()).who())
class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class P3(P1, P2): pass
except TypeError as e: print(e)
class Cls:
    def __init__(s): s.x = 1
    def method(s): return s.x
ob = Cls(); bm = ob.method; print(bm(), bm.__self__ is ob, bm.__func__ is Cls.method, bm.__name__, Cls.method.__name__, callable(bm))
print(getattr(ob, "method")(), hasattr(ob, "nope"), getattr(ob, "nope", "dflt"), type(ob).__dict__["method"].__qualname__)
print(sorted(k for k in vars(Cls) if not k.startswith("__")), Cls.__doc__, Cls.__init__.__code__.co_varnames if hasattr(Cls.__init__, '__code__') else '')
print([a for a in dir(Cls) if not a.startswith("_")])
