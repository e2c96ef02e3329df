# Reflected operands: __radd__ and friends, and the subclass-first rule.
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
    def __add__(self, o):
        print('  Num.__add__', self, o)
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print('  Num.__radd__', self, o)
        if isinstance(o, int):
            return Num(o + self.v)
        return NotImplemented
    def __rsub__(self, o):
        return Num(o - self.v)
    def __rmul__(self, o):
        return Num(o * self.v)
    def __rtruediv__(self, o):
        return Num(o / self.v)
    def __rfloordiv__(self, o):
        return Num(o // self.v)
    def __rmod__(self, o):
        return Num(o % self.v)
    def __rpow__(self, o):
        return Num(o ** self.v)
    def __rlshift__(self, o):
        return Num(o << self.v)
    def __rrshift__(self, o):
        return Num(o >> self.v)
    def __rand__(self, o):
        return Num(o & self.v)
    def __ror__(self, o):
        return Num(o | self.v)
    def __rxor__(self, o):
        return Num(o ^ self.v)
    def __rmatmul__(self, o):
        return ('rmatmul', o)

class Sub(Num):
    def __radd__(self, o):
        print('  Sub.__radd__', self, o)
        return Sub(1000 + o.v if isinstance(o, Num) else o)

print(Num(1) + Num(2))
print(5 + Num(2))
print(Num(1) + 5)
print(Num(1) + Sub(2))
print(Sub(1) + Num(2))
print(10 - Num(3), 10 * Num(3), 10 / Num(4), 10 // Num(3), 10 % Num(3))
print(2 ** Num(10), 1 << Num(4), 256 >> Num(2), 6 & Num(3), 6 | Num(3), 6 ^ Num(3))
print([1] @ Num(0))
print(sum([Num(1), Num(2), Num(3)]))

class NoSubOverride(Num):
    pass
print(Num(1) + NoSubOverride(2))

class OnlyR:
    def __radd__(self, o):
        return 'OnlyR.__radd__'
print(1 + OnlyR(), 'a' + OnlyR(), [1] + OnlyR())
try:
    OnlyR() + 1
except TypeError as e:
    print('TypeError:', e)

class A:
    def __add__(self, o):
        return 'A.__add__'
class B:
    def __radd__(self, o):
        return 'B.__radd__'
print(A() + B(), B.__radd__(B(), 1))
class Left:
    def __add__(self, o):
        return NotImplemented
print(Left() + B())
try:
    Left() + Left()
except TypeError as e:
    print('TypeError:', e)

