from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
rw = Perm.R | Perm.W
print(repr(rw), str(rw), Perm.R in rw, Perm.X in rw, bool(rw), bool(Perm(0)), list(rw), len(rw))
print(repr(Perm.RWX), list(Perm), repr(~Perm.R), repr(rw & Perm.W), repr(rw ^ Perm.R), repr(Perm(0)))
print(Perm(6) is rw, Perm(7) is Perm.RWX, Perm['W'], Perm.__members__.keys())

class Color(IntFlag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print(repr(Color.RED | Color.BLUE), Color.RED | Color.BLUE, Color.BLUE.value, list(Color), repr(Color(0)))
print(Color.RED + 1, Color.GREEN * 2, int(Color.BLUE), Color.RED == 1, Color(3))

Shape = Enum("Shape", "CIRCLE SQUARE TRIANGLE")
print(list(Shape), Shape.SQUARE.value, Shape(3), Shape["CIRCLE"].name)
Status = Enum("Status", [("OK", 200), ("NOT_FOUND", 404)])
print(Status(404), Status.OK.value, len(Status))
Dir = Enum("Dir", {"N": "north", "S": "south"})
print(Dir.N.value, Dir("south"))
Num = IntEnum("Num", "ONE TWO THREE")
print(Num.TWO + Num.THREE, Num(1), sorted(Num, reverse=True))

class Ordinal(IntEnum):
    FIRST = 1
    SECOND = 2
    THIRD = 3
print(Ordinal.SECOND > Ordinal.FIRST, Ordinal.THIRD - 1, max(Ordinal), [o * 10 for o in Ordinal], f"{Ordinal.FIRST:03d}", str(Ordinal.FIRST))
print(Ordinal(2), Ordinal.FIRST == 1, 1 == Ordinal.FIRST, {1: "one"}[Ordinal.FIRST], hash(Ordinal.SECOND) == hash(2))

class Level(StrEnum):
    LOW = auto()
    HIGH = "HIGH!"
print(Level.LOW, repr(Level.LOW), Level.HIGH.value, Level("low"), Level.LOW == "low", f"[{Level.HIGH}]", Level.LOW.upper())

class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    @property
    def is_early(self): return self.value < 3
    @classmethod
    def first(cls): return cls.MON
    def __str__(self): return self.name.capitalize()
print(Weekday.TUE.is_early, Weekday.WED.is_early, Weekday.first(), str(Weekday.WED), repr(Weekday.WED), f"{Weekday.MON}")

class Mood(Enum):
    HAPPY = "h"
    SAD = "s"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Mood("H"), Mood("s"))
try:
    Mood("x")
except ValueError as e:
    print(e)

class AutoName(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    A = auto()
    B = auto()
print(list(AutoName), AutoName.B.value)
try:
    @unique
    class Dup(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print(e)
print(Perm.R.name, Perm.R.value, rw.name, rw.value, Perm(0).name)
print(type(Perm), type(Shape), isinstance(Perm.R, Perm), issubclass(Perm, Flag), issubclass(Color, IntFlag))
