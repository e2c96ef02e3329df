class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"
    def __lt__(self, other):
        return self.area() < other.area()
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        import math
        return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self): return self.w * self.h
    @property
    def perimeter(self): return 2*(self.w+self.h)
    @classmethod
    def square(cls, s): return cls(s, s)
    @staticmethod
    def unit(): return Rect(1,1)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
shapes = [Circle(1), Rect(2,3), Square(2), Rect.square(3), Rect.unit(), Circle(0.5)]
print(sorted(shapes))
print(max(shapes), min(shapes))
print(Shape.count)
print([s.perimeter for s in shapes if isinstance(s, Rect)])
print(Square.__mro__)
print(Square.square(4))
try:
    Shape("x").area()
except NotImplementedError as e:
    print("NIE", repr(e))
print(shapes[1].__dict__)
print(vars(shapes[2]))
print(Rect.perimeter, type(Rect.__dict__['square']), type(Rect.__dict__['unit']))
print(Rect.square, Rect.unit)
