import copy, collections, dataclasses, datetime, fractions, enum
NT = collections.namedtuple('NT', 'a b')
n = NT(1, [2]); print(copy.copy(n), copy.deepcopy(n), copy.deepcopy(n).b is n.b)
@dataclasses.dataclass(slots=True)
class S: a: int; b: list
s = S(1, [2]); print(copy.copy(s), copy.deepcopy(s), copy.deepcopy(s).b is s.b)
class GS:
    def __init__(self): self.a = 1; self.cache = 'big'
    def __getstate__(self): d = self.__dict__.copy(); del d['cache']; return d
    def __setstate__(self, st): self.__dict__.update(st); self.cache = 'rebuilt'
g = copy.copy(GS()); print(vars(g)); g = copy.deepcopy(GS()); print(vars(g))
print(copy.copy(datetime.date(2020, 1, 2)), copy.deepcopy(datetime.datetime(2020, 1, 2, 3)), copy.deepcopy(fractions.Fraction(1, 3)))
dq = collections.deque([1, [2]], maxlen=5); print(copy.copy(dq), copy.deepcopy(dq))
od = collections.OrderedDict(a=[1]); print(copy.copy(od), copy.deepcopy(od))
dd = collections.defaultdict(list, a=[1]); c = copy.deepcopy(dd); print(c, c.default_factory); c2 = copy.copy(dd); print(c2['zz'])
print(copy.deepcopy(collections.Counter('aab')))
class E(enum.Enum):
    A = 1
print(copy.copy(E.A), copy.deepcopy(E.A) is E.A)
class Red:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (Red, (self.v * 10,))
print(copy.copy(Red(1)).v, copy.deepcopy(Red(2)).v)
class RedEx:
    def __reduce_ex__(self, proto): return (RedEx, ())
print(type(copy.copy(RedEx())).__name__)
class Sl:
    __slots__ = ('a',)
sl = Sl(); sl.a = [1]; c = copy.copy(sl); print(c.a is sl.a, copy.deepcopy(sl).a is sl.a)
class SlD(Sl):
    def __init__(self): self.a = 1; self.b = 2
c = copy.copy(SlD()); print(c.a, c.b)
class LSub(list):
    def __init__(self, *a): super().__init__(*a); self.tag = 't'
l = LSub([1, 2]); c = copy.copy(l); print(c, c.tag, type(c).__name__)
class DSub(dict): pass
print(copy.deepcopy(DSub(a=[1])), type(copy.copy(DSub())).__name__)
import array
print(copy.copy(array.array('i', [1, 2])))
class NewArgs:
    def __new__(cls, x): o = super().__new__(cls); o.x = x; return o
    def __getnewargs__(self): return (self.x,)
print(copy.copy(NewArgs(5)).x, copy.deepcopy(NewArgs(6)).x)
import types
ns = types.SimpleNamespace(a=[1]); print(copy.deepcopy(ns), copy.copy(ns).a is ns.a)
