# Value patterns: dotted names are looked up and compared with ==.
import math

class Color:
    RED = 1
    GREEN = 2
    BLUE = 3

class Config:
    class Mode:
        FAST = "fast"
        SLOW = "slow"

def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.BLUE:
            return "blue"
        case Config.Mode.FAST:
            return "fast mode"
        case Config.Mode.SLOW:
            return "slow mode"
        case math.pi:
            return "pi"
    return "unknown"

for v in [1, 2, 3, 1.0, "fast", "slow", math.pi, 3.14, 4]:
    print(repr(v), name(v))

# The value is read when the case is tried: later changes are seen.
Color.RED = 10
print(name(10), name(1))

# Value patterns inside structures.
def pair(p):
    match p:
        case (Color.GREEN, Color.BLUE):
            return "green-blue"
        case [Color.BLUE, x]:
            return f"blue then {x}"
        case {"c": Color.GREEN}:
            return "dict green"
    return "none"

print(pair((2, 3)), pair([3, 7]), pair({"c": 2}), pair({"c": 3}))

# Lookup errors propagate.
class Empty:
    pass

try:
    match 1:
        case Empty.missing:
            pass
except AttributeError as e:
    print("AttributeError:", e)
