class A:
    def __getattr__(self, n):
        if n == "z": return 5
        raise AttributeError(n)
class B:
    @property
    def p(self): raise ValueError("boom")
    @property
    def q(self): raise AttributeError("nope")
class C: __slots__ = ("a",)
a = A(); b = B(); c = C()
print(hasattr(a, "z"), hasattr(a, "y"), getattr(a, "y", 7))
try: hasattr(b, "p")
except ValueError as e: print("VE", e)
print(hasattr(b, "q"), getattr(b, "q", "dflt"))
print(hasattr(c, "a")); c.a = 1; print(hasattr(c, "a"), getattr(c, "a", 0))
print(hasattr(1, "real"), hasattr(1, "x"), getattr(int, "x", 3), hasattr(A, "__getattr__"))
import math; print(hasattr(math, "pi"), hasattr(math, "tau2"))
class D(dict): pass
d = D(); d.__dict__["k"] = 1; print(hasattr(d, "k"), getattr(d, "keys", None) is not None)
