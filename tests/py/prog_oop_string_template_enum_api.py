from string import Template, ascii_lowercase, ascii_uppercase, digits, punctuation, capwords
t = Template("Hello $name, you owe $$${amount}")
print(t.substitute(name="Bo", amount=5), t.safe_substitute(name="X"))
try: t.substitute(name="x")
except KeyError as e: print("KeyError", e)
print(ascii_lowercase, digits, len(punctuation), capwords("hello  world foo"))
import enum
Animal = enum.Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Color = enum.Enum("Color", [("RED", "r"), ("GREEN", "g")])
print(Color("g"), Color.RED.value)
class Shape(enum.Enum):
    CIRCLE = enum.auto(); SQUARE = enum.auto()
    @classmethod
    def _missing_(cls, v):
        if isinstance(v, str):
            for m in cls:
                if m.name.lower() == v.lower(): return m
        return None
    def __str__(self): return self.name.title()
print(Shape("circle"), Shape(2), repr(Shape.SQUARE), f"{Shape.CIRCLE}")
try: Shape("hex")
except ValueError as e: print(e)
class Weekday(enum.IntFlag):
    MON = 1; TUE = 2; WED = 4; THU = 8; FRI = 16
    WEEKEND = 0
work = Weekday.MON | Weekday.WED | Weekday.FRI
print(work, Weekday.TUE in work, [d.name for d in Weekday if d in work and d], int(work), ~Weekday.MON if False else "")
class Ordinal(enum.Enum):
    FIRST = 1
    SECOND = 2
    def __lt__(self, o): return self.value < o.value
print(sorted([Ordinal.SECOND, Ordinal.FIRST]), Ordinal.FIRST.__class__.__name__, type(Ordinal.FIRST) is Ordinal, isinstance(Ordinal.FIRST, Ordinal))
try: Ordinal.FIRST = 5
except AttributeError as e: print(e)
print(hash(Ordinal.FIRST) == hash(Ordinal.FIRST), Ordinal.FIRST == Ordinal.FIRST, Ordinal.FIRST != 1, Ordinal._member_names_, Ordinal._value2member_map_)
class S(enum.StrEnum):
    A = enum.auto(); B = "bee"
print(S.A, S.B, S.A + "!", list(S))
