from enum import *
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(repr(Color), type(Color), list(Color), Color.CRIMSON, Color(1), Color['GREEN'], len(Color), Color.__members__)
try: Color(7)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
print(Color.RED in Color)
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
try: Color.RED = 5
except AttributeError as e: print(e)
try:
  class More(Color): X = 5
except TypeError as e: print(e)
try:
  class D(Enum):
    A = 1
    A = 2
except TypeError as e: print(e)
try:
  @unique
  class U(Enum):
    A = 1
    B = 1
    C = 2
    D = 2
except ValueError as e: print(e)
class P(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(P.R|P.W), str(P.R|P.W), P(0), repr(P(0)), repr(~P.R), list(P.R|P.X), P.R in (P.R|P.W), repr(P(7)))
class F(Flag):
    A = auto()
    B = auto()
    C = auto()
print(repr(F.A|F.B), str(F.A|F.C), repr(F(0)), repr(~F.A), bool(F(0)), F.A.value, F.C.value, list(F), repr(F(3)))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(repr(S.A), str(S.A), f'{S.B}', S.A == 'a')
class I(IntEnum):
    ONE = 1
    TWO = 2
print(repr(I.ONE), str(I.ONE), f'{I.TWO}', I.ONE + 1, I.ONE < I.TWO, I(2), sorted([I.TWO, I.ONE]))
print(f'{Color.RED}', format(Color.RED, ''), hash(Color.RED) == hash('RED'), Color.RED.name, Color.RED.value)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), repr(Animal.BEE))
A2 = Enum('A2', [('X', 10), ('Y', 20)])
print(list(A2))
print(repr(F), repr(P), dir(Color))
class F2(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
print(str(F2(0)), list(F2), F2.AB, repr(F2.AB), repr(F2(7)), list(F2(7)), len(F2(7)), F2.__members__.keys(), F2._member_names_)
try: F2(8)
except ValueError as e: print(e)
try: F2('x')
except ValueError as e: print(e)
print(repr(P(8)), repr(P.R | 8), P.R | 1, P.R + 1, repr(P(5)))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.g, 3), repr(Planet.EARTH))
class C(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return cls.A
print(C(99))
class W(Enum):
    X = 'x'
    def describe(self): return self.name.lower()
print(W.X.describe(), W('x'), isinstance(W.X, W), type(W.X))
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), repr(auto()))
try: del Auto.A
except AttributeError as e: print(e)
print(str(P(0)), repr(P(0)), format(P.R), format(Auto.A), '%s' % Auto.B, '{}'.format(Auto.C), '{:>10}'.format(Auto.C))
print(Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == 1, I.ONE == 1, {Color.RED: 'r'}[Color.CRIMSON])
print(list(reversed(Color)), Color.RED.__class__, type(I.ONE + 1))
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
for m in Color: print(m.name, m.value, end='; ')
print()
