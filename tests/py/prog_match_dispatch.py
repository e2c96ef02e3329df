def describe(x):
    match x:
        case 0 | 1: return "tiny"
        case int(n) if n < 0: return f"negative {n}"
        case int() | float() as num: return f"number {num}"
        case "": return "empty str"
        case str(s): return f"str {s!r}"
        case []: return "empty list"
        case [a]: return f"one {a}"
        case [a, b, *rest]: return f"many {a},{b} +{len(rest)}"
        case {"type": "pt", "x": x1, **kw}: return f"point {x1} {kw}"
        case {"k": _}: return "has k"
        case (1, 2): return "tuple12"
        case None: return "none"
        case _: return "other " + type(x).__name__
for v in [0, 1, -5, 7, 2.5, "", "hi", [], [9], [1, 2, 3, 4], (1, 2), {"type": "pt", "x": 3, "y": 4}, {"k": 1, "j": 2}, None, {1}, True]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, c, r): self.center, self.r = c, r
def where(s):
    match s:
        case Point(0, 0): return "origin"
        case Point(x=0, y=y): return f"on y axis at {y}"
        case Point(x, 0): return f"on x axis at {x}"
        case Circle(Point(x, y), r) if r > 10: return f"big circle at {x},{y}"
        case Circle(center=Point() as c, r=r): return f"circle r={r} c=({c.x},{c.y})"
        case Point(): return "somewhere"
    return "unknown"
for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(0, 0), 1), "x"]:
    print(where(s))
def cmd(c):
    match c.split():
        case ["go", ("north" | "south") as d]: return f"going {d}"
        case ["go", d]: return f"can't go {d}"
        case ["take", *items] if items: return f"taking {', '.join(items)}"
        case [verb, *_]: return f"unknown verb {verb}"
        case []: return "nothing"
print([cmd(c) for c in ["go north", "go up", "take a b", "take", "jump high", ""]])
import math
match math.pi:
    case math.e: print("e")
    case math.pi: print("pi")
match {"a": 1, "b": [1, 2, {"c": 3}]}:
    case {"b": [_, _, {"c": int(c)}]}: print("deep c", c)
match 5:
    case x: print("captured", x)
match (1, "a", 2.0):
    case (int(), str(), float()) as t: print("typed", t)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]: print(a + b + c + d)
