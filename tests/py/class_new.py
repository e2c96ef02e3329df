class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Pos:
    def __new__(cls, v):
        obj = object.__new__(cls)
        obj.v = abs(v)
        return obj
print(Pos(-3).v)
class Other:
    def __new__(cls):
        return 42
print(Other())
try:
    object.__new__(Pos, 1)
except TypeError as e:
    print("TypeError:", e)
