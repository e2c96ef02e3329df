import numbers
from fractions import Fraction

for v in (1, True, 2.5, 3j, Fraction(1, 3), 'x', None, [1]):
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex,
          numbers.Real, numbers.Rational, numbers.Integral)])
for t in (int, bool, float, complex, Fraction, str):
    print(t.__name__, issubclass(t, numbers.Number), issubclass(t, numbers.Real),
          issubclass(t, numbers.Integral))
print(numbers.Integral.__mro__[1:4] == (numbers.Rational, numbers.Real, numbers.Complex))
print(sorted(numbers.Complex.__abstractmethods__))
print(sorted(numbers.Real.__abstractmethods__))
print(sorted(numbers.Rational.__abstractmethods__))
print(sorted(numbers.Integral.__abstractmethods__))
print(numbers.Number.__hash__)
try:
    numbers.Real()
except TypeError as e:
    print('TypeError', str(e).split(' with')[0])

class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __index__(self): return self.v
    def __pow__(self, e, mod=None): return MyInt(self.v ** int(e))
    def __rpow__(self, b): return b ** self.v
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return o << self.v
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return o >> self.v
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return o & self.v
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return o ^ self.v
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return o | self.v
    def __invert__(self): return MyInt(~self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return o + self.v
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return self
    def __abs__(self): return MyInt(abs(self.v))
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return o * self.v
    def __truediv__(self, o): return self.v / o
    def __rtruediv__(self, o): return o / self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return o // self.v
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return o % self.v
    def __lt__(self, o): return self.v < o
    def __le__(self, o): return self.v <= o
    def __eq__(self, o): return self.v == o
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return 'MyInt(%d)' % self.v

m = MyInt(7)
print(isinstance(m, numbers.Rational), isinstance(m, numbers.Number))
print(m.numerator, m.denominator, m.real, m.imag, m.conjugate())
print(float(m), complex(m), m - 2, 10 - m, m != 7, m != 8)
print(m + 1, m * 3, m ** 2, ~m, -m)

class Weird:
    pass
numbers.Real.register(Weird)
print(isinstance(Weird(), numbers.Complex), isinstance(Weird(), numbers.Integral))
