import copy
class A:
    def __init__(s): s.x = 1
class B: pass
print(A() == A(), A() != A(), B() == A())
try: A() < B()
except TypeError as e: print(e)
class Base:
    def __init__(s): s._v = 1
    @property
    def v(s): return s._v
    @classmethod
    def make(cls): return cls()
    def __eq__(s, o): return type(s) is type(o)
class Der(Base):
    @Base.v.getter
    def v(s): return s._v * 100
    @classmethod
    def make(cls): o = super().make(); o.tag = "der"; return o
    def __hash__(s): return 7
print(Der().v, Base().v, Der.make().tag, type(Der.make()).__name__, hash(Der()), Base.__hash__, Der() == Der(), Base() == Der())
class WithClassCell:
    def who(self): return __class__.__name__
class Sub(WithClassCell): pass
print(Sub().who())
def add_repr(cls):
    cls.__repr__ = lambda s: f"<{cls.__name__} {vars(s)}>"
    return cls
@add_repr
class Deco:
    def __init__(s, a): s.a = a
print(Deco(3), [Deco("x")])
class Seq:
    def __getitem__(s, i):
        if isinstance(i, slice): return f"slice{(i.start, i.stop, i.step)} {i.indices(10)}"
        if i > 4: raise IndexError
        return i
    def __len__(s): return 5
s = Seq(); print(s[1:3], s[::-1], s[:], s[2], 3 in s, list(s), list(reversed(s)), slice(1, 5, 2), repr(slice(None)))
class BadIter:
    def __iter__(s): return 5
try: iter(BadIter())
except TypeError as e: print(e)
try:
    for _ in BadIter(): pass
except TypeError as e: print(e)
class NoIter: pass
try: iter(NoIter())
except TypeError as e: print(e)
try: list(5)
except TypeError as e: print(e)
try: x, y = 5
except TypeError as e: print(e)
try: x, y = [1, 2, 3]
except ValueError as e: print(e)
try: x, y, z = [1]
except ValueError as e: print(e)
class Deep:
    def __init__(s): s.items = [[1, 2], {"a": [3]}]
    def __copy__(s): print("copy called"); n = Deep.__new__(Deep); n.items = s.items; return n
d = Deep(); c = copy.copy(d); dc = copy.deepcopy(d); d.items[0].append(9)
print(c.items, dc.items, c.items is d.items, dc.items[1] is d.items[1])
l = [[1], [2]]; sc = copy.copy(l); dc = copy.deepcopy(l); l[0].append(5); print(sc, dc)
class Fmt: pass
try: format(Fmt(), "x")
except TypeError as e: print(e)
print(format(Fmt(), "")[:6])
class Bad:
    def __eq__(s, o): raise RuntimeError("eq fail")
try: Bad() in [1, 2]
except RuntimeError as e: print(e)
print(Bad() in [b := Bad()] if False else "skip", [1,2].count(1))
class NI:
    def __eq__(s, o): return NotImplemented
n = NI(); print(n == n, n == NI(), n != n, [n].index(n), n in [NI()])
class C1:
    def __init__(s, v): s.v = v
    def __lt__(s, o): print(f"lt {s.v} {o.v}"); return s.v < o.v
print([c.v for c in sorted([C1(3), C1(1), C1(2)])])
class C2:
    def __init__(s, v): s.v = v
    def __gt__(s, o): return s.v > o.v
print([c.v for c in sorted([C2(3), C2(1), C2(2)])], max([C2(1), C2(5)]).v)
