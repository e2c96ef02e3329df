class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.registered = kw.get("name", cls.__name__)
class X(Base, name="ex"): pass
class Y(Base): pass
print(X.registered, Y.registered)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
try:
    class E(A, B): pass
except TypeError as e: print("TypeError", e)
class Desc:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, v): setattr(obj, self.name, v * 10)
class H:
    d = Desc()
h = H(); print(h.d); h.d = 4; print(h.d, type(H.d).__name__)
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None, v); return True
with Ctx() as c:
    raise ValueError("inside")
print("after with")
class Ctx2:
    def __enter__(self): return 1
    def __exit__(self, *a): print("exit2"); return False
try:
    with Ctx2() as a, Ctx2() as b:
        1 / 0
except ZeroDivisionError as e: print("zde", e)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq called"); return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != 3)
class R:
    def __radd__(self, o): return f"radd {o}"
    def __iadd__(self, o): return f"iadd {o}"
print(1 + R(), [] + R() if False else "skip")
r = R(); r += 5; print(r)
class Cont:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Cont()), 20 in Cont(), [x for x in Cont()])
class Idx:
    def __index__(self): return 2
print([1, 2, 3][Idx()], bin(Idx()), range(10)[Idx()], "abc" * Idx())
class SG:
    def __getitem__(self, k): return k
print(SG()[1:2], SG()[1:2, 3], SG()[...], SG()[::2])
class Fmt:
    def __format__(self, spec): return f"<{spec}>"
print(f"{Fmt():abc}", format(Fmt(), "x"), "{:q}".format(Fmt()))
print(type(NotImplemented), type(...), Ellipsis)
class Obj: pass
o = Obj(); o.a = 1; o.b = [2]; print(o.__dict__, Obj.__name__, Obj.__module__, o.__class__ is Obj)
class WithRepr:
    def __repr__(self): return "WR"
print([WithRepr()], {1: WithRepr()}, (WithRepr(),), str(WithRepr()), f"{WithRepr()}")
