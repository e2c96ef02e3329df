# Class patterns with positional sub-patterns, named by __match_args__.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z):
            return f"3d {x},{y},{z}"
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x):
            return f"somewhere with x={x}"
        case Point():
            return "unreachable"
    return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 2),
          Point3(0, 0, 0), Point3(1, 2, 3), (0, 0), None]:
    print(where(p))

# Fewer positional patterns than __match_args__ is fine.
class Pair:
    __match_args__ = ("first", "second")
    def __init__(self, a, b):
        self.first, self.second = a, b

match Pair(1, 2):
    case Pair(one):
        print("first only:", one)

# __match_args__ can name properties and class attributes.
class Temp:
    __match_args__ = ("celsius", "unit")
    unit = "C"
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        print("  property read")
        return self._c

match Temp(21):
    case Temp(c, "C"):
        print("celsius", c)

# A missing attribute fails the match (no error).
class Partial:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a = 1

match Partial():
    case Partial(a, b):
        print("wrong")
    case Partial(a):
        print("only a:", a)

# Nested class patterns.
class Line:
    __match_args__ = ("start", "end")
    def __init__(self, s, e):
        self.start, self.end = s, e

match Line(Point(0, 0), Point(3, 4)):
    case Line(Point(0, 0), Point(x, y)):
        print("line from origin to", x, y)

# Subclass instances match the base class pattern.
match Point3(7, 8, 9):
    case Point(a, b):
        print("as Point:", a, b)
