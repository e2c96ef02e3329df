# decimal: random operations at the edges of the C fast paths (coil's
# vm/modules/decimal_speedups.c): +, -, *, quantize and str of finite
# Decimals under many contexts (precision boundaries, every rounding mode,
# exponent limits, clamp, trapped Inexact/Rounded), negative zeros, int
# operands, coefficients around 2**47 and 2**63, huge exponents, quantize
# raising InvalidOperation; the flags after each operation are printed too.
import threading
from decimal import (Decimal, Context, getcontext, setcontext, localcontext,
                     Inexact, Rounded, Clamped, Subnormal, Underflow, Overflow,
                     InvalidOperation, DivisionByZero, FloatOperation,
                     ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

ROUNDINGS = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
             ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded,
           Subnormal, Underflow, Overflow, FloatOperation]

state = 987654321


def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n


def pick(seq):
    return seq[rnd(len(seq))]


COEFS = [0, 1, 5, 9, 10, 15, 25, 45, 99, 100, 125, 995, 999, 1000, 12345,
         99999, 100000, 999999999, 1000000000, 123456789012345678,
         999999999999999999, 10 ** 18, 2 ** 47 - 1, 2 ** 47, 2 ** 47 + 1,
         2 ** 63 - 1, 2 ** 63, 2 ** 64 + 7, 10 ** 28 - 1, 10 ** 28,
         10 ** 38 + 5, 5 * 10 ** 27]
EXPS = [0, 0, 0, -1, -2, -2, -3, -4, -6, -7, -10, 1, 2, 3, 5, -20, 20,
        -28, -30, 40, -999999, 999999, -1000020, 999990, 2 ** 47, -2 ** 47 - 5]


def rand_coef():
    k = rnd(4)
    if k == 0:
        return pick(COEFS)
    if k == 1:
        return rnd(1000)
    if k == 2:
        return rnd(10 ** (1 + rnd(19)))
    return pick(COEFS) + rnd(3) - 1 if pick(COEFS) else rnd(3)


def rand_dec():
    c = rand_coef()
    if c < 0:
        c = 0
    e = pick(EXPS) if rnd(3) == 0 else rnd(9) - 6
    s = rnd(2)
    return Decimal((s, tuple(int(ch) for ch in str(c)), e))


def rand_operand():
    k = rnd(10)
    if k == 0:
        return rnd(2000) - 1000
    if k == 1:
        return pick([0, -0, 2 ** 47, -2 ** 47, 2 ** 63, 7])
    if k == 2:
        return Decimal(pick(['-0', '0.00', '-0.000', '0E+5', '-0E-7', '1E+999999',
                             '9.99E-999999', '12.5', '-0.005', '0.01']))
    return rand_dec()


def rand_context():
    prec = pick([1, 2, 3, 5, 9, 18, 19, 20, 28, 28, 28, 37, 38, 39, 50])
    emax = pick([999999, 999999, 99, 9, 30])
    emin = pick([-999999, -999999, -99, -9, -30])
    traps = [InvalidOperation, DivisionByZero, Overflow]
    k = rnd(8)
    if k == 0:
        traps.append(Inexact)
    elif k == 1:
        traps.append(Rounded)
    elif k == 2:
        traps = []
    return Context(prec=prec, rounding=pick(ROUNDINGS), Emin=emin, Emax=emax,
                   clamp=1 if rnd(6) == 0 else 0, traps=traps)


def flags(ctx):
    return ','.join(s.__name__ for s in SIGNALS if ctx.flags[s])


def show(r):
    if isinstance(r, Decimal):
        return '%s %r %s' % (r, r.as_tuple(), str(r))
    return repr(r)


def run_op(i, ctx):
    op = rnd(6)
    a = rand_dec() if rnd(8) else pick([Decimal('-0'), Decimal('0.00'), Decimal('-0E+3')])
    b = rand_operand()
    try:
        if op == 0:
            desc = '%s + %r' % (a, b)
            r = a + b
        elif op == 1:
            desc = '%s - %r' % (a, b)
            r = a - b
        elif op == 2:
            desc = '%s * %r' % (a, b)
            r = a * b
        elif op == 3:
            q = Decimal(pick(['0.01', '1', '1E+2', '0.0001', '1E-30', '1E+999999',
                              '1E-1000020', '1E+5', '0E-3', '-1.0']))
            rounding = pick(ROUNDINGS + [None, None])
            desc = '%s.quantize(%s, %s)' % (a, q, rounding)
            if rnd(2):
                r = a.quantize(q, rounding=rounding)
            else:
                r = a.quantize(q, rounding, ctx)
        elif op == 4:
            desc = 'str(%r)' % (a.as_tuple(),)
            r = str(a)
        else:
            desc = '%r + %s (reflected)' % (b, a)
            r = b + a if not isinstance(b, Decimal) else b * a
    except Exception as e:
        r = 'raised %s %s' % (type(e).__name__, e)
    print(i, desc, '->', show(r) if not isinstance(r, str) else r, '|', flags(ctx))


def main():
    for i in range(1500):
        if i % 10 == 0:
            ctx = rand_context()
            setcontext(ctx)
        ctx.clear_flags()
        run_op(i, ctx)
    # the same operations in a localcontext, then back in the outer one
    setcontext(Context())
    base = getcontext()
    base.prec = 6
    with localcontext() as c2:
        c2.prec = 3
        c2.rounding = ROUND_UP
        print(Decimal('1.2345') * Decimal('1.1'), Decimal('1.2345') + 1)
    print(Decimal('1.2345') * Decimal('1.1'), Decimal('1.2345') + 1, flags(base))
    # a thread gets its own context
    out = []

    def worker():
        getcontext().prec = 2
        out.append(str(Decimal('1.23') * Decimal('4.56')))
    t = threading.Thread(target=worker)
    t.start()
    t.join()
    print(out, Decimal('1.23') * Decimal('4.56'))
    # context changes in place are seen at once
    getcontext().prec = 2
    print(Decimal('1.23') * Decimal('4.56'))
    getcontext().rounding = ROUND_FLOOR
    print(Decimal('1.23') - Decimal('1.23'), Decimal('-1.27') * 1)
    getcontext().traps[Inexact] = True
    try:
        print(Decimal('1.23') * Decimal('4.56'))
    except Inexact as e:
        print('Inexact', e)
    getcontext().traps[Inexact] = False
    print(Decimal('1.23') * Decimal('4.56'), flags(getcontext()))


def construction_and_calls():
    setcontext(Context())
    for s in ['0', '-0', '+7', '1.', '.5', '-.5', '007.100', '123456789012345678',
              '1234567890123456789', '140737488355327', '140737488355328', '0.000000000000000001',
              '', '.', '-', '+.', '1..2', ' 1.5', '1.5 ', '1_000', '1e5', '1E-5', '\u0661\u0662',
              'NaN', '-Infinity', 'abc', '--1', '1-']:
        try:
            d = Decimal(s)
            print(repr(s), repr(d), d.as_tuple())
        except Exception as e:
            print(repr(s), 'raised', type(e).__name__)
    for v in [0, -0, 5, -5, 2 ** 47 - 1, -2 ** 47, 2 ** 47, -2 ** 63, 10 ** 30, True, False]:
        d = Decimal(v)
        print(v, repr(d), d.as_tuple())
    print(repr(Decimal()), repr(Decimal('1.5', Context(prec=2))), repr(Decimal(value='2.5')))
    a, b = Decimal('1.2345'), Decimal('0.01')
    c3 = Context(prec=3, rounding=ROUND_UP)
    print(a.quantize(b), a.quantize(b, ROUND_UP), a.quantize(b, rounding=ROUND_DOWN),
          a.quantize(exp=b, rounding=ROUND_CEILING, context=c3), a.quantize(b, context=c3),
          a.quantize(Decimal('1E-5'), None, c3) if False else '')
    print(c3.add(a, b), c3.multiply(a, 3), c3.subtract(5, a), a.__str__(), a.__add__(b),
          a.__mul__(b), Decimal('1E+3').to_eng_string(), a.__sub__(1))
    for bad in [lambda: a.quantize(b, 'ROUND_SIDEWAYS'), lambda: a.quantize(1.5), lambda: a + 1.5,
                lambda: a.quantize(b, rounding=None, context=c3)]:
        try:
            print(bad())
        except Exception as e:
            print('raised', type(e).__name__, e)
    class MyDec(Decimal):
        def __add__(self, other, context=None):
            return 'MyDec.__add__'
    m = MyDec('2.5')
    print(type(m).__name__, m + 1, type(m * 2).__name__, type(m - 1).__name__,
          m.quantize(b), type(m.quantize(b)).__name__, str(m), repr(MyDec(3)))


main()
construction_and_calls()
