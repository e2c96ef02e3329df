# decimal: contexts, rounding modes, quantize, signals, flags and traps
import decimal
from decimal import *

print(getcontext())
print(DefaultContext.prec, BasicContext, ExtendedContext)
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS)
modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP]
for s in ['2.5', '3.5', '-2.5', '2.55', '2.45', '-2.45', '1.01', '-1.01', '1.051', '0.05', '7.0', '-0.04']:
    d = Decimal(s)
    print(s, [str(d.quantize(Decimal('0.1'), rounding=m)) for m in modes],
          [str(d.to_integral_value(rounding=m)) for m in modes])
print(Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN), Decimal('7.325').quantize(Decimal('1.'), rounding=ROUND_UP))
print(Decimal('1.41421356').quantize(Decimal('1.000')), Decimal('1').quantize(Decimal('1.00')), Decimal('123.456').quantize(Decimal('1E+1')))
try:
    Decimal('1E+30').quantize(Decimal('0.01'))
except InvalidOperation as e:
    print('InvalidOperation', e)
try:
    Decimal(1).quantize(Decimal(1), rounding='bogus')
except TypeError as e:
    print('TypeError', e)

c = getcontext()
c.prec = 6
print(Decimal(1) / 7, Decimal('123456789') + 0, Decimal('1.23456789') * 1, +Decimal('9999999'))
c.rounding = ROUND_UP
print(Decimal(1) / 7, Decimal(2) / 3, -Decimal(2) / 3)
c.rounding = ROUND_HALF_EVEN
c.prec = 28
print(c.flags[Inexact], c.flags[Rounded], c.flags[DivisionByZero])
c.clear_flags()
print(getcontext())

with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 3, getcontext().prec, ctx is getcontext())
print(Decimal(1) / 3, getcontext().prec)
with localcontext(prec=3, rounding=ROUND_DOWN) as ctx:
    print(Decimal(2) / 3, ctx.prec, ctx.rounding)
with localcontext(Context(prec=4)):
    print(Decimal(10) / 3)
try:
    with localcontext(bogus=1):
        pass
except TypeError as e:
    print('TypeError', e)

old = getcontext()
setcontext(Context(prec=3, traps=[Inexact]))
try:
    Decimal(1) / 3
except Inexact as e:
    print('Inexact', e)
print(Decimal(1) / 4)
setcontext(old)

ctx = Context(prec=9, traps=[])
print(ctx.divide(1, 0), ctx.divide(0, 0), ctx.flags[DivisionByZero], ctx.flags[InvalidOperation])
print(ctx)
ctx.traps[DivisionByZero] = True
try:
    ctx.divide(5, 0)
except DivisionByZero as e:
    print('DivisionByZero', e, e.args)
ctx = Context(prec=3, Emax=9, Emin=-9, traps=[])
print(ctx.multiply(Decimal('1E+9'), 100), ctx.flags[Overflow], ctx.create_decimal('1E-11'), ctx.flags[Subnormal], ctx.flags[Underflow])
print(ctx.create_decimal('1.2345E-12'), ctx.create_decimal('1E-15'), ctx.flags[Clamped], ctx.Etiny(), ctx.Etop())
ctx = Context(prec=3, Emax=9, Emin=-9, traps=[Overflow])
try:
    ctx.multiply(Decimal('1E+9'), 100)
except Overflow as e:
    print('Overflow', e)
ctx = Context(prec=3, Emax=9, Emin=-9, clamp=1, traps=[])
print(ctx.create_decimal('1E+9'), ctx.create_decimal('1.2E+8'), ctx.flags[Clamped])
print(Context(rounding=ROUND_FLOOR).add(Decimal(5), Decimal(-5)), Context().subtract(Decimal(1), Decimal(1)))
for bad in [dict(prec=0), dict(prec='x'), dict(rounding='x'), dict(Emax=-1), dict(Emin=1), dict(capitals=2), dict(clamp=5)]:
    try:
        Context(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
c = Context(prec=7, rounding=ROUND_HALF_UP)
print(c.create_decimal('3.14159265358979'), c.create_decimal(12345678), c.create_decimal_from_float(0.1))
print(c.power(Decimal(2), 100), c.sqrt(Decimal(2)), c.abs(Decimal(-3)), c.plus(Decimal('1.23456789')), c.minus(5))
print(c.to_sci_string(Decimal('1E+5')), c.to_eng_string(Decimal('1.5E+7')), c.remainder(Decimal(10), 3), c.divide_int(10, 3))
print(c.compare(Decimal(1), Decimal(2)), c.max(Decimal(1), Decimal(2)), c.min(3, 4), c.quantize(Decimal('2.345'), Decimal('0.01')))
c2 = c.copy()
c2.prec = 2
print(c.prec, c2.prec, repr(c2.flags)[:60])
# FloatOperation
c = getcontext()
c.clear_flags()
print(Decimal(0.5), c.flags[FloatOperation])
c.traps[FloatOperation] = True
try:
    Decimal(0.5)
except FloatOperation as e:
    print('FloatOperation', e)
print(Decimal('0.5') == 0.5)
try:
    Decimal('0.5') < 0.7
except FloatOperation as e:
    print('FloatOperation', e)
c.traps[FloatOperation] = False
print(Decimal('0.5') < 0.7)
c.clear_flags()
print(Decimal('NaN') == 1, Decimal(1).compare(Decimal('NaN')))
try:
    Decimal('sNaN') == 1
except InvalidOperation as e:
    print('InvalidOperation', e)
