class Shape:
    def __init__(self, n):
        self._n = n
    @property
    def sides(self):
        return self._n
    @property
    def name(self):
        return "shape"
class Square(Shape):
    def __init__(self):
        super().__init__(4)
    @property
    def name(self):
        return "square/" + super().name
s = Square()
print(s.sides, s.name)
class Cached:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return self.calls * 10
c = Cached()
print(c.value, c.value, c.calls)
p = property(lambda self: 1)
p2 = p.setter(lambda self, v: None)
print(p is p2, p2.fget is p.fget, p2.fset is not None)
