class A:
    def __eq__(self, o): return True
try: hash(A())
except TypeError as e: print("TypeError", e)
class B:
    __hash__ = None
try: {B()}
except TypeError as e: print("TypeError", e)
class C:
    def __bool__(self): return 1
try: bool(C())
except TypeError as e: print("TypeError", e)
class D:
    def __len__(self): return -1
try: len(D())
except ValueError as e: print("ValueError", e)
class E:
    def __len__(self): return 2**70
try: len(E())
except OverflowError as e: print("OverflowError", e)
class F:
    def __repr__(self): return 5
try: repr(F())
except TypeError as e: print("TypeError", e)
class G:
    def __str__(self): return None
try: str(G())
except TypeError as e: print("TypeError", e)
class H:
    def __iter__(self): return 5
try: iter(H())
except TypeError as e: print("TypeError", e)
class I:
    def __index__(self): return "x"
try: [1, 2][I()]
except TypeError as e: print("TypeError", e)
class J:
    def __int__(self): return 3.5
try: int(J())
except TypeError as e: print("TypeError", e)
class K:
    def __float__(self): return 1
try: float(K())
except TypeError as e: print("TypeError", e)
class L:
    def __hash__(self): return "h"
try: hash(L())
except TypeError as e: print("TypeError", e)
class M:
    def __getattribute__(self, n):
        if n == "secret": raise AttributeError("hidden")
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return "fallback " + n
m = M(); m.x = 1; print(m.x, m.secret, m.other)
class N:
    def __class_getitem__(cls, item): return f"N[{item}]"
print(N[int], N["x"])
def deco(cls):
    cls.added = "yes"; return cls
@deco
class O: pass
print(O.added)
class P:
    __slots__ = ("a",)
class Q(P):
    __slots__ = ("b",)
q = Q(); q.a = 1; q.b = 2; print(q.a, q.b, hasattr(q, "__dict__"), Q.__slots__)
class R(P): pass
r = R(); r.z = 3; print(r.z, r.__dict__)
class S:
    def __contains__(self, x): return x == 3
print(3 in S(), 4 in S(), 4 not in S())
class T:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return NotImplemented
try: T() < T()
except TypeError as e: print("TypeError", e)
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
print(-U(), +U(), ~U(), abs(U()))
class V:
    def __round__(self, n=None): return f"round {n}"
    def __trunc__(self): return 7
    def __floor__(self): return 1
    def __ceil__(self): return 2
import math
print(round(V()), round(V(), 2), math.trunc(V()), math.floor(V()), math.ceil(V()))
class W:
    def __enter__(self): raise RuntimeError("enter fail")
    def __exit__(self, *a): print("not called")
try:
    with W(): print("body")
except RuntimeError as e: print("RuntimeError", e)
try:
    with 5: pass
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
class X:
    def __call__(self): return "called"
x = X(); x.__call__ = lambda: "instance"; print(x(), x.__call__())
class Y:
    def __iter__(self): yield from range(3)
    def __reversed__(self): return iter([9, 8])
print(list(Y()), list(reversed(Y())), sorted(Y(), reverse=True))
class Z:
    def __format__(self, spec): return "Z" + spec
    def __str__(self): return "zstr"
print(f"{Z()}", f"{Z()!s}", f"{Z():>5}", "{}".format(Z()), format(Z()), str(Z()))
