# Sweeps Decimal division, //, %, divmod, comparisons, hash, float, int,
# -, +, abs over many operands, precisions, rounding modes and traps
# (coil runs the common cases in C: vm/modules/decimal_speedups.c).
import decimal
from decimal import Decimal as D, Context, localcontext
from fractions import Fraction

ROUNDINGS = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
             decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN,
             decimal.ROUND_05UP]
SIGNALS = [decimal.Clamped, decimal.DivisionByZero, decimal.Inexact, decimal.InvalidOperation,
           decimal.Overflow, decimal.Rounded, decimal.Subnormal, decimal.Underflow,
           decimal.FloatOperation]

VALS = ['0', '-0', '1', '-1', '7', '-7', '2', '3', '0.5', '1.2345', '7.5', '-7.5', '10', '100',
        '1E+5', '1E-5', '123456789', '-987654321.123', '999999999999999999', '1.000',
        '0.001', '2.50', '-0.0', '35', '6', '12345678901234567', '5E-3', '1E+20', '4E-20',
        '9.99', '0.333', '22', '-3.14159', '1E+999', '1E-999', '9.9E+998', '1E-1005']
VALS = [D(v) for v in VALS]
INTS = [0, 1, -1, 3, 7, -12, 1000, 2 ** 40]

def flags(c):
    return ''.join(s.__name__[0] + s.__name__[1] for s in SIGNALS if c.flags[s])

def run(c, f):
    c.clear_flags()
    try:
        r = f()
    except decimal.DecimalException as e:
        r = 'EXC ' + type(e).__name__
    except (ZeroDivisionError, ValueError, OverflowError, TypeError) as e:
        r = 'EXC ' + type(e).__name__
    return '%s %s' % (r, flags(c))

def binops(c, tag):
    out = []
    for a in VALS:
        for b in VALS + INTS:
            out.append(run(c, lambda: a / b))
            out.append(run(c, lambda: a // b))
            out.append(run(c, lambda: a % b))
            out.append(run(c, lambda: divmod(a, b)))
    print(tag, len(out))
    for i in range(0, len(out), 8):
        print(' | '.join(out[i:i + 8]))

for prec in (1, 2, 3, 5, 9, 16, 28, 34, 50):
    for rnd in ROUNDINGS[::3] if prec not in (3, 28) else ROUNDINGS:
        c = Context(prec=prec, rounding=rnd, Emax=999, Emin=-999, traps=[])
        decimal.setcontext(c)
        binops(c, 'prec %d %s' % (prec, rnd))
        for a in VALS:
            print(run(c, lambda: -a), run(c, lambda: +a), run(c, lambda: abs(a)),
                  run(c, lambda: c.minus(a)), run(c, lambda: a.__pos__()), run(c, lambda: a.sqrt()),
                  run(c, lambda: a.sqrt(context=c)))
        for v in ['2', '0.02', '1E+3', '1E+4', '4.00', '9E-7', '123456789012345678', '0.0001', '15241383936',
                  '1E-10', '2.5E-9', '99', '100']:
            print(v, run(c, lambda: D(v).sqrt()), run(c, lambda: (-D(v)).sqrt()))

# traps set
c = Context(prec=9, traps=[decimal.Inexact, decimal.DivisionByZero, decimal.InvalidOperation])
decimal.setcontext(c)
binops(c, 'traps inexact')
c = Context(prec=12, traps=[decimal.Rounded])
decimal.setcontext(c)
binops(c, 'traps rounded')
for a in VALS:
    print(run(c, lambda: -a), run(c, lambda: +a))
# explicit context argument
c2 = Context(prec=4, rounding=decimal.ROUND_UP)
decimal.setcontext(Context())
for a in VALS[:12]:
    for b in VALS[:12]:
        print(run(c2, lambda: c2.divide(a, b)), run(c2, lambda: c2.divide_int(a, b)),
              run(c2, lambda: c2.remainder(a, b)), run(c2, lambda: c2.divmod(a, b)))

# comparisons, hash, float, int
c = Context(traps=[])
decimal.setcontext(c)
others = VALS + INTS + [1.5, -0.0, 0.1, float('inf'), float('nan'), Fraction(1, 3), Fraction(5, 2),
                        D('NaN'), D('Infinity'), D('-Infinity'), True]
for a in VALS + [D('NaN'), D('-Infinity')]:
    row = []
    for b in others:
        row.append(run(c, lambda: (a < b, a <= b, a > b, a >= b)))
        row.append(run(c, lambda: (a == b, a != b, b == a, b != a)))
    print(' | '.join(row))
for a in VALS:
    print(a, hash(a), run(c, lambda: float(a)), run(c, lambda: int(a)), run(c, lambda: a.__trunc__()))
for v in [0, 1, -1, 7, -2, 10 ** 15, 2 ** 61 - 1, 2 ** 61, -(2 ** 61) + 1, 2 ** 62, 12345678901]:
    assert hash(D(v)) == hash(v), v
for f in [0.5, -0.25, 1.5, 0.1, 1e20, 1e-20, 3.0, -7.75, 123456.789, 2.0 ** 60, 2.0 ** -30]:
    assert hash(D(f)) == hash(f), f
    assert float(D(f)) == f, f
    assert float(D(str(f))) == float(str(f)), f
for fr in [Fraction(1, 2), Fraction(-5, 4), Fraction(3, 8), Fraction(7, 1)]:
    assert hash(D(fr.numerator) / D(fr.denominator)) == hash(fr), fr
for s in ['1.1', '2.675', '0.3', '1e22', '9007199254740993', '1e-22', '123.456e-10', '-0.0',
          '4.35', '1E+23', '8.9e-17']:
    print(s, float(D(s)) == float(s), repr(float(D(s))))
print('done')
