# __int__, __float__, __index__, __round__, __trunc__, __floor__, __ceil__, __abs__.
import math
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, nd=None):
        return ('round', nd)
    def __trunc__(self):
        return 'trunc'
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
    def __abs__(self):
        return 'abs'
n = Num(3.7)
print(int(n), float(n), round(n), round(n, 2), abs(n))
print(math.floor(n), math.ceil(n), math.trunc(n))
print([10, 20, 30, 40][Num(2)], 'abcdef'[Num(1):Num(4)], bin(Num(5)), hex(Num(255)), oct(Num(8)))
print(range(Num(3)), list(range(Num(1), Num(4))), 'ab' * Num(3), [0] * Num(2))
print(operator_index := Num(6).__index__())

class OnlyIndex:
    def __index__(self):
        return 4
print(int(OnlyIndex()), [1, 2, 3, 4, 5][OnlyIndex()], float.__new__ is not None)
class BadInt:
    def __int__(self):
        return 'x'
class BadFloat:
    def __float__(self):
        return 1
class BadIndex:
    def __index__(self):
        return 1.5
for f in [lambda: int(BadInt()), lambda: float(BadFloat()), lambda: [1][BadIndex()],
          lambda: int(object()), lambda: float(object()), lambda: [1][object()], lambda: round(object())]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
class Fl:
    def __float__(self):
        return 2.5
print(float(Fl()), math.sqrt(Fl()) > 1.5)
class Neg:
    def __neg__(self):
        return 'neg'
    def __pos__(self):
        return 'pos'
    def __invert__(self):
        return 'inv'
print(-Neg(), +Neg(), ~Neg())
for f in [lambda: -object(), lambda: +object(), lambda: ~object(), lambda: abs(object())]:
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
