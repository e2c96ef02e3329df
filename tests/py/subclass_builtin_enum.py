# IntEnum / StrEnum / IntFlag members are real int / str subclasses.
import enum
from enum import IntEnum, StrEnum, IntFlag

class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.RED), Color.RED + 1, type(Color.RED + 1).__name__, isinstance(Color.GREEN, int))
print(Color(2), Color.BLUE == 3, 3 == Color.BLUE, {1: 'one'}[Color.RED], [10, 20, 30][Color.GREEN])
print(sorted([Color.BLUE, Color.RED]), f'{Color.RED}', f'{Color.RED:03d}', '%d' % Color.BLUE, str(Color.GREEN))
print(format(Color.RED), int(Color.BLUE), hash(Color.RED) == hash(1), Color.RED.name, Color.RED.value)
print(list(Color), Color['GREEN'], Color.RED < Color.GREEN, Color.RED | 2, Color.RED * 10, -Color.BLUE)
print(isinstance(Color.RED, Color), type(Color.RED).__mro__[:3])

class Mode(StrEnum):
    READ = 'r'
    WRITE = 'w'
    AUTO = enum.auto()

print(Mode.READ, repr(Mode.READ), Mode.READ + 'b', Mode.READ == 'r', isinstance(Mode.WRITE, str))
print(Mode.AUTO, Mode('w'), Mode.READ.upper(), len(Mode.AUTO), {'r': 1}[Mode.READ], f'{Mode.WRITE}')
print('%s' % Mode.WRITE, Mode.READ in 'rw', '-'.join(Mode))

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R & 4, int(Perm.R | Perm.X), Perm(6))
print(isinstance(Perm.R, int), Perm.R + 1, ~Perm.R, Perm.R in (Perm.R | Perm.W), list(Perm), bool(Perm(0)))

class Planet(float, enum.Enum):
    MERCURY = 0.38
    EARTH = 1.0
print(Planet.EARTH, repr(Planet.MERCURY), Planet.EARTH * 2, isinstance(Planet.EARTH, float))
