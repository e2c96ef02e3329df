from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass, MISSING
import dataclasses

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), repr(Point(x=3, y=4)))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__hash__)
try: hash(p)
except TypeError as e: print(e)
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
print(Point.__match_args__, Point.__doc__)

@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    tags: dict = field(default_factory=dict, compare=False)

a = Inv("a"); b = Inv("b")
a.items.append(1)
print(a, b, a.items is b.items, Inv("a", [1]) == a)
print([f.name for f in fields(Inv)], [f.type for f in fields(a)])
print(asdict(a), astuple(a))
print(replace(a, name="z"), a)
print(is_dataclass(a), is_dataclass(Inv), is_dataclass(3))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), max(vs))
print(hash(Version(1, 2)) == hash(Version(1, 2)), len({Version(1), Version(1), Version(2)}))
v = Version(1)
try: v.major = 3
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del v.minor
except FrozenInstanceError as e: print(e)
try: Version(1) < (1, 0)
except TypeError as e: print(e)

@dataclass
class WithPost:
    a: int
    b: int = 2
    total: int = field(init=False)
    def __post_init__(self):
        self.total = self.a + self.b
w = WithPost(3)
print(w, w.total)

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: str = "x"
print(hash(H(1)) == hash((1, "x")), H(1) == H(1))

@dataclass(eq=False)
class NoEq:
    a: int
n1, n2 = NoEq(1), NoEq(1)
print(n1 == n2, n1 == n1, NoEq.__hash__ is object.__hash__)

@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)

@dataclass
class Nested:
    p: Point
    ps: list
print(asdict(Nested(Point(1, 2), [Point(3, 4)])), astuple(Nested(Point(1, 2), [Point(3, 4)])))

@dataclass(repr=False)
class R:
    a: int
    def __repr__(self): return "custom"
print(R(1))

@dataclass
class Rec:
    children: list = field(default_factory=list)
r = Rec(); r.children.append(r)
print(r)

try: fields(3)
except TypeError as e: print(e)
try: replace(Point(1), z=3)
except TypeError as e: print(e)
f = fields(Point)[1]
print(f.name, f.type, f.default, f.init, f.repr, f.compare, f.hash, f.kw_only, dict(f.metadata))
print(field(default=1, metadata={'u': 'm'}).metadata['u'])
C = dataclasses.make_dataclass('C', [('a', int), ('b', int, field(default=5))])
print(C(1), C(1, 2) == C(1, 2))

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW(b=3, a=4))
try: KW(1)
except TypeError as e: print(e)

@dataclass
class Mixed:
    a: int
    _: dataclasses.KW_ONLY
    b: int
    c: int = 0
print(Mixed(1, b=2), Mixed.__match_args__)

match Point(1, 2):
    case Point(x, y): print("matched", x, y)

@dataclass(frozen=True)
class FP:
    x: int
    def __post_init__(self):
        object.__setattr__(self, 'x', self.x * 2)
print(FP(4))

@dataclass
class CV:
    import typing
    n: typing.ClassVar[int] = 5
    m: int = 1
print(CV(), [f.name for f in fields(CV)], CV.n)

@dataclass(slots=True)
class SL:
    a: int
    b: int = 3
s = SL(1)
print(s, SL.__slots__)
try: s.c = 1
except AttributeError as e: print("attr error")
