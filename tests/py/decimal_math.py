# decimal: sqrt, exp, ln, log10, power, predicates, as_tuple, format
from decimal import *

vals = ['2', '0.5', '10', '1', '100', '0.001', '123.456', '1E+10', '7', '1E-10', '3.14159', '0.99999999', '1.0000001', '2.5E+100']
for p in [5, 28, 50]:
    with localcontext(prec=p):
        for s in vals:
            d = Decimal(s)
            print(p, s, d.sqrt(), d.exp() if d.adjusted() < 4 else '-', d.ln(), d.log10())
for s in ['0', '-0', '4', '0.0004', '1E+6', '1.00', '16E-2', 'Inf', 'NaN']:
    d = Decimal(s)
    print(s, d.sqrt(), d.ln() if not d.is_signed() else '-', d.log10() if not d.is_signed() else '-')
for s in ['-1', '-Inf']:
    try:
        print(Decimal(s).sqrt())
    except InvalidOperation as e:
        print('InvalidOperation', e)
print(Decimal(0).exp(), Decimal('-Inf').exp(), Decimal('Inf').exp(), Decimal(-1000).exp(), Decimal('1E-30').exp(), Decimal('-1E-30').exp())
print(Decimal('1000').log10(), Decimal('0.01').log10(), Decimal('1E+500').log10(), Decimal(1).ln())
try:
    Decimal(-5).ln()
except InvalidOperation as e:
    print('InvalidOperation', e)
print(Decimal(2) ** Decimal('0.5'), Decimal('1.5') ** Decimal('2.5'), Decimal(10) ** Decimal('-2'), Decimal('0.5') ** 64)
print(Decimal(4) ** Decimal('0.5'), Decimal('1.0000001') ** 1000000, Decimal(-2) ** -3, Decimal('-0.5') ** 5)
with localcontext(prec=10, rounding=ROUND_DOWN):
    print(Decimal(2).sqrt(), Decimal(3).exp(), Decimal(3).ln(), Decimal(1) / 3)

for s in ['1.5', '-0', '0E-3', 'Inf', '-Inf', 'NaN', '-sNaN7', '1E-999999', '1E-1000005', '12.340']:
    d = Decimal(s)
    print(s, d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_signed(), d.is_zero(),
          d.is_normal(), d.is_subnormal(), d.number_class(), d.as_tuple(), d.adjusted(), d.is_canonical())
print(Decimal('1.5').copy_sign(Decimal('-2')), Decimal('-3').copy_abs(), Decimal('3').copy_negate(), Decimal(1).copy_sign(-0))
print(Decimal(1).max(Decimal(2)), Decimal(1).min(Decimal('NaN')), Decimal('-0').max(Decimal('0')), Decimal(-3).max_mag(Decimal(2)),
      Decimal('1.0').max(Decimal('1.00')), Decimal(5).min_mag(Decimal(-5)))
print(Decimal('1.200').normalize(), Decimal('120E+2').normalize(), Decimal('0.000').normalize(), Decimal('-5.0E-3').normalize())
print(Decimal('2.5').to_integral_value(), Decimal('3.5').to_integral_value(), Decimal('-2.7').to_integral(), Decimal('1E+3').to_integral_exact())
print(Decimal('1.23').same_quantum(Decimal('4.56')), Decimal('1.2').same_quantum(Decimal('1')), Decimal('1.2').scaleb(3), Decimal(123).logb())
print(Decimal(1).next_plus(), Decimal(1).next_minus(), Decimal(1).next_toward(0), Decimal('1.5').remainder_near(1), Decimal(10).remainder_near(6))
print(Decimal('1.5').fma(2, Decimal('0.1')), Decimal(7).compare(Decimal(3)), Decimal(3).compare_total(Decimal('3.0')))
print([Decimal(s).to_eng_string() for s in ['1E+5', '1.5E+7', '123E-9', '0E+4', '0E-7', '-1.23E-10', '1E+2', '5E-1']])
print(Decimal(10).radix(), Decimal('1.5').conjugate())

fmts = ['', '.2f', '.0f', 'f', ',', ',.2f', 'e', '.3e', 'E', '%', '.1%', 'g', '.3g', 'G', '10', '<10', '^12.3f', '+', ' .2f',
        '010.2f', '012,.1f', '*>15,.3f', '_', '.0e', '#.0f', 'n', '.5', 'z.1f']
for s in ['1234567.891', '-0.000123', '0', '1E+10', '-1.5', '0.5', '123', 'Inf', 'NaN', '-0.001', '1E-10', '99.995']:
    d = Decimal(s)
    out = []
    for f in fmts:
        try:
            out.append(format(d, f))
        except ValueError as e:
            out.append('ValueError')
    print(s, out)
x = Decimal('3.14159')
print(f'{x} {x:.3f} {x:>10} {x!s} {x:e} {x:.2%}')
try:
    format(x, 'd')
except ValueError as e:
    print('ValueError', e)
