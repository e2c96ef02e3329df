# decimal: construction, str/repr, arithmetic, comparisons, hashing, conversions
from decimal import *
import decimal

for s in ['0', '1', '-1', '1.5', '1E+2', '0.00001', '1E-7', '0.000001', '123.456e3',
          '-0', '-0.0', '0E-10', '1e1000', '.5', '5.', '  12  ', '1_000.5', 'Inf',
          '-Infinity', 'nan', 'NaN123', '-sNaN', 'sNaN45', '12345678901234567890123456789012345',
          '1.23E-20', '100', '1.00', '0.1E-6', '-12.30e+5', '\u0661\u0662']:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.as_tuple())

for v in [0, 5, -17, 10**30, 0.5, -0.0, 1.1, 2.5e-10, float('inf'), float('-inf'), 1e300]:
    print(repr(v), repr(Decimal(v)))
print(repr(Decimal(float('nan'))))
print(repr(Decimal((0, (1, 2, 3), -2))), repr(Decimal((1, (0,), 5))), repr(Decimal((0, (), 'F'))),
      repr(Decimal([1, (4, 5), 'n'])))
print(repr(Decimal(Decimal('3.14'))), repr(Decimal()), repr(Decimal.from_float(0.1)))

for bad in ['abc', '1..2', '', '1e', 'e5', '--1', '1_', '_1', '1__0', 'in f']:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print('InvalidOperation', repr(bad), e)
for bad in [None, [1, 2], (0, (1,), 'x'), (2, (1,), 0), (0, (10,), 0), 1j]:
    try:
        Decimal(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

a, b = Decimal('1.25'), Decimal('-3.7')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +b, abs(b))
print(Decimal(7) // 2, Decimal(-7) // 2, Decimal(7) % -2, Decimal(-7) % 2, divmod(Decimal(-7), 3))
print(Decimal(1) / 3, Decimal(2) / 3, Decimal(10) / 4, Decimal(100) / Decimal('0.1'), Decimal(1) / 8)
print(Decimal('1.30') + Decimal('1.20'), Decimal('1.30') * Decimal('1.20'), Decimal('0.1') * 3)
print(Decimal('1E+3') + 1, Decimal('1e-30') + 1, Decimal('5') - Decimal('5'), Decimal('-5') + Decimal('5'))
print(1 + Decimal('0.5'), 3 - Decimal(1), 2 * Decimal('1.5'), 1 / Decimal(4), 7 // Decimal(2), 7 % Decimal(3))
print(Decimal(2) ** 10, Decimal('1.1') ** 3, Decimal(2) ** -2, Decimal(10) ** -3, Decimal(-2) ** 3,
      Decimal('0.5') ** 0, Decimal(3) ** 100, 2 ** Decimal(5), pow(Decimal(3), 4, 5))
print(Decimal(0) ** 5, Decimal('Infinity') ** 2, Decimal(2) ** Decimal('Infinity'), Decimal('-0') * 5)
print(Decimal('0E-5') + 1, Decimal('1E+100000') + Decimal('1E-100000'), Decimal('1E+50') - Decimal(1))
print(Decimal('9999999999999999999999999999') + 1, Decimal('123456789012345678901234567890') * 1)

# comparisons
print(Decimal(1) == 1, Decimal('1.0') == Decimal(1), Decimal('0.5') == 0.5, Decimal('0.1') == 0.1,
      Decimal(2) > 1, Decimal(2) < Decimal('2.01'), Decimal(-1) <= -1, 3 > Decimal(2), Decimal(1) != 2)
print(Decimal('NaN') == Decimal('NaN'), Decimal('NaN') != 1, Decimal('Inf') > 10**100, Decimal('-Inf') < -10**100)
print(sorted([Decimal('3'), Decimal('-1.5'), Decimal('2.25'), Decimal('0')]), max(Decimal(1), Decimal(2)))
try:
    Decimal('NaN') < 1
except InvalidOperation as e:
    print('InvalidOperation', e)
from fractions import Fraction
print(Decimal('0.5') == Fraction(1, 2), Decimal('0.25') < Fraction(1, 3))

# hash
for s in ['1', '1.0', '0.5', '-2.50', '1E+3', '0', '-0', '123.456', 'Inf', '-Inf', '1E-30']:
    d = Decimal(s)
    print(s, hash(d) == hash(float(d)), hash(d))
print(hash(Decimal(10**20)) == hash(10**20), hash(Decimal(-1)), {Decimal(1): 'a'}[1])
try:
    hash(Decimal('sNaN'))
except TypeError as e:
    print('TypeError', e)

# conversions
for s in ['1.7', '-1.7', '2.5', '3.5', '-2.5', '1E+3', '0.0001', '123456789.987654321']:
    d = Decimal(s)
    print(s, int(d), float(d), round(d), round(d, 1), round(d, -1), bool(d), d.__floor__(), d.__ceil__())
print(bool(Decimal(0)), bool(Decimal('0.00')), bool(Decimal('NaN')), float(Decimal('-Inf')), float(Decimal('nan')))
for s, f in [('NaN', int), ('Inf', int), ('NaN', round), ('-Inf', round), ('sNaN', float)]:
    try:
        f(Decimal(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(Decimal('2.5').as_integer_ratio(), Decimal('-0.125').as_integer_ratio(), Decimal('1E+2').as_integer_ratio())
print(Decimal(1).real, Decimal(1).imag, complex(Decimal('1.5')))

# errors
for f in [lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal(1) // 0, lambda: Decimal(1) % 0,
          lambda: Decimal('Inf') - Decimal('Inf'), lambda: Decimal('sNaN') + 1, lambda: Decimal(0) ** 0,
          lambda: Decimal(-1) ** Decimal('0.5'), lambda: Decimal('1E+999999') * 10,
          lambda: Decimal(10**40) // 1, lambda: Decimal('Inf') * 0]:
    try:
        print(f())
    except DecimalException as e:
        print(type(e).__name__, e, isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError))
for f in [lambda: Decimal(1) + 1.5, lambda: 1.5 * Decimal(1), lambda: Decimal(1) + 'a', lambda: Decimal(1) < 'a']:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError),
      issubclass(Overflow, Inexact), issubclass(Underflow, Subnormal), InvalidOperation.__mro__[1].__name__)
print(repr(Decimal), Decimal.__name__ if False else '', type(Decimal(1)).__qualname__)
print(f'{Decimal("1.5")} {Decimal("1E+5")!r} {Decimal("3.14159"):.2f}')
class MyDec(Decimal):
    pass
m = MyDec('1.5')
print(type(m).__name__, m, type(m + 1).__name__, isinstance(m, Decimal))
import pickle, copy
print(pickle.loads(pickle.dumps(Decimal('-1.5E+3'))), copy.copy(Decimal(2)), copy.deepcopy(Decimal('NaN')))
