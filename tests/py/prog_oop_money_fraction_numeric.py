class Money:
    __slots__ = ("amount", "currency")
    def __init__(self, amount, currency="USD"):
        object.__setattr__(self, "amount", amount); object.__setattr__(self, "currency", currency)
    def __setattr__(self, k, v): raise AttributeError(f"{type(self).__name__} is immutable")
    def __add__(self, o):
        if not isinstance(o, Money): return NotImplemented
        if o.currency != self.currency: raise ValueError(f"currency mismatch: {self.currency} vs {o.currency}")
        return Money(self.amount + o.amount, self.currency)
    __radd__ = lambda self, o: self if o == 0 else self.__add__(o)
    def __eq__(self, o): return isinstance(o, Money) and (self.amount, self.currency) == (o.amount, o.currency)
    def __hash__(self): return hash((self.amount, self.currency))
    def __repr__(self): return f"Money({self.amount!r}, {self.currency!r})"
    def __str__(self): return f"{self.amount:,.2f} {self.currency}"
    def __lt__(self, o): return self.amount < o.amount
    def __round__(self, n=0): return Money(round(self.amount, n), self.currency)
    def __truediv__(self, n): return [Money(self.amount / n, self.currency)] * n
m = Money(10.5) + Money(2.25); print(m, repr(m), sum([Money(1), Money(2)]), round(Money(2.567), 1), Money(9) / 3)
try: m.amount = 3
except AttributeError as e: print(e)
try: Money(1) + Money(1, "EUR")
except ValueError as e: print(e)
try: Money(1) + 5
except TypeError as e: print(e)
try: 5 - Money(1)
except TypeError as e: print(e)
print(sorted([Money(3), Money(1), Money(2)]), max(Money(3), Money(7)), Money(1) == Money(1.0), Money(1) in {Money(1)})
import math
class Frac:
    def __init__(s, n, d=1):
        if d == 0: raise ZeroDivisionError("denominator is zero")
        g = math.gcd(n, d); sg = -1 if d < 0 else 1
        s.n, s.d = sg * n // g, sg * d // g
    def __add__(s, o): o = o if isinstance(o, Frac) else Frac(o); return Frac(s.n*o.d + o.n*s.d, s.d*o.d)
    __radd__ = __add__
    def __mul__(s, o): o = o if isinstance(o, Frac) else Frac(o); return Frac(s.n*o.n, s.d*o.d)
    __rmul__ = __mul__
    def __neg__(s): return Frac(-s.n, s.d)
    def __sub__(s, o): return s + -o
    def __rsub__(s, o): return -s + o
    def __truediv__(s, o): return s * Frac(o.d, o.n)
    def __pow__(s, k): return Frac(s.n**k, s.d**k) if k >= 0 else Frac(s.d**-k, s.n**-k)
    def __eq__(s, o): return (s.n, s.d) == (o.n, o.d) if isinstance(o, Frac) else s == Frac(o)
    def __lt__(s, o): return s.n * o.d < o.n * s.d
    def __float__(s): return s.n / s.d
    def __repr__(s): return f"{s.n}/{s.d}" if s.d != 1 else str(s.n)
    def __hash__(s): return hash((s.n, s.d))
print(Frac(1,2) + Frac(1,3), Frac(3,4) * 2, 1 - Frac(1,4), Frac(2,3) / Frac(4,9), Frac(2,3)**-2, Frac(4,-8), float(Frac(1,3)), Frac(6,3) == 2, sum(Frac(1, 2**i) for i in range(1, 6)), sorted([Frac(1,2), Frac(1,3), Frac(3,4)]))
try: Frac(1, 0)
except ZeroDivisionError as e: print(e)
print(f"{float(Frac(22,7)):.5f}", math.floor(float(Frac(7,2))))
