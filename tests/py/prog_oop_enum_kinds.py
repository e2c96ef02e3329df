from enum import Enum, IntEnum, auto, Flag, IntFlag, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self): return f"{self.name.lower()}={self.value}"
    @classmethod
    def default(cls): return cls.GREEN
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.default(), Color.BLUE.describe())
print(Color.RED == 1, Color.RED is Color(1), {Color.RED: 'r'}, sorted(Color, key=lambda c: -c.value))
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
class Pri(IntEnum):
    LOW = auto(); MED = auto(); HIGH = auto()
print(Pri.LOW, repr(Pri.HIGH), Pri.MED + 1, Pri.LOW < Pri.HIGH, sorted([Pri.HIGH, Pri.LOW]), int(Pri.MED), f"{Pri.HIGH}", f"{Color.RED}")
class Perm(Flag):
    R = 4; W = 2; X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(Perm))
class Status(str, Enum):
    OK = "ok"; FAIL = "fail"
print(Status.OK, Status.OK == "ok", Status("fail"), Status.OK.value.upper())
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
for p in Planet: print(p.name, f"{p.gravity:.2f}")
try:
    @unique
    class D(Enum):
        A = 1; B = 1
except ValueError as e:
    print(e)
class Sh(Enum):
    SQ = 2; DIAMOND = 1; CIRCLE = 3; ALIAS = 2
print(list(Sh), Sh.ALIAS, Sh.__members__.keys())
print(Color.__members__)
class P2(IntFlag):
    A = 1; B = 2
print(P2.A | P2.B, repr(P2.A|P2.B), P2(3), P2.A | 4)
