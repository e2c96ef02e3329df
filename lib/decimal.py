"""decimal: decimal fixed and floating point arithmetic (coil's version of
CPython 3.11's module, written from the General Decimal Arithmetic
specification).

A finite Decimal is (-1)**_sign * _coef * 10**_exp with _coef a non-negative
int; _special is 0 for finite numbers, _INF, _QNAN or _SNAN otherwise (a NaN's
payload is in _coef).  Every operation collects the conditions it raises in an
int bit set and hands it to the context once at the end (Context._apply),
which sets the flags and raises the first trapped signal the way CPython's
C implementation does."""

import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple
from _thread import get_ident as _get_ident
import _decimal_speedups as _sp

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDING_SET = frozenset((ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                           ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP))
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    pass

class Clamped(DecimalException):
    pass

class InvalidOperation(DecimalException):
    pass

class ConversionSyntax(InvalidOperation):
    pass

class DivisionByZero(DecimalException, ZeroDivisionError):
    pass

class DivisionImpossible(InvalidOperation):
    pass

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass

class Inexact(DecimalException):
    pass

class InvalidContext(InvalidOperation):
    pass

class Rounded(DecimalException):
    pass

class Subnormal(DecimalException):
    pass

class Overflow(Inexact, Rounded):
    pass

class Underflow(Inexact, Rounded, Subnormal):
    pass

class FloatOperation(DecimalException, TypeError):
    pass

# condition bits
_S_INVALID = 1
_S_CONVSYNTAX = 2
_S_DIVIMPOSSIBLE = 4
_S_DIVUNDEFINED = 8
_S_INVCONTEXT = 16
_S_DIVZERO = 32
_S_OVERFLOW = 64
_S_UNDERFLOW = 128
_S_SUBNORMAL = 256
_S_INEXACT = 512
_S_ROUNDED = 1024
_S_CLAMPED = 2048
_S_FLOATOP = 4096
_S_ANYINVALID = 31

# the signals in the order CPython reports them, with their condition bits
_SIGNALS = (
    (InvalidOperation, _S_ANYINVALID), (FloatOperation, _S_FLOATOP),
    (DivisionByZero, _S_DIVZERO), (Overflow, _S_OVERFLOW),
    (Underflow, _S_UNDERFLOW), (Subnormal, _S_SUBNORMAL),
    (Inexact, _S_INEXACT), (Rounded, _S_ROUNDED), (Clamped, _S_CLAMPED))
_SIGNAL_LIST = [s for s, _ in _SIGNALS]
# the conditions listed in a raised exception's argument, in CPython's order
_CONDITIONS = (
    (InvalidOperation, _S_INVALID), (ConversionSyntax, _S_CONVSYNTAX),
    (DivisionImpossible, _S_DIVIMPOSSIBLE),
    (DivisionUndefined, _S_DIVUNDEFINED), (InvalidContext, _S_INVCONTEXT),
    (FloatOperation, _S_FLOATOP), (DivisionByZero, _S_DIVZERO),
    (Overflow, _S_OVERFLOW), (Underflow, _S_UNDERFLOW),
    (Subnormal, _S_SUBNORMAL), (Inexact, _S_INEXACT), (Rounded, _S_ROUNDED),
    (Clamped, _S_CLAMPED))
_SIGBITS = dict(_SIGNALS)
_STATUS_SIGNALS = {}   # status bits -> the signals they raise, in order

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

_INF = 1
_QNAN = 2
_SNAN = 3

_P10 = [10 ** _i for _i in range(64)]


def _pow10(n):
    if n < 64:
        return _P10[n]
    return 10 ** n


def _ndigits(n):
    # number of decimal digits of the non-negative int n (1 for 0)
    if n < 10000000000000000:
        if n < 10:
            return 1
        return len(str(n))
    return len(str(n))


def _round_int(coef, drop, sign, rounding):
    """coef with its last `drop` (> 0) digits removed under `rounding`;
    returns (new coefficient, whether nonzero digits were discarded)."""
    if drop > 40 and coef and _ndigits(coef) < drop - 1:
        # coef is below half a unit of the kept digit: round 1 in the
        # same position (10**drop would be huge for a huge exponent gap)
        coef = 1
        drop = 2
    q, r = divmod(coef, _pow10(drop))
    if not r:
        return q, False
    if rounding is ROUND_HALF_EVEN or rounding == ROUND_HALF_EVEN:
        half = 5 * _pow10(drop - 1)
        if r > half or (r == half and q & 1):
            q += 1
    elif rounding == ROUND_DOWN:
        pass
    elif rounding == ROUND_HALF_UP:
        if r >= 5 * _pow10(drop - 1):
            q += 1
    elif rounding == ROUND_UP:
        q += 1
    elif rounding == ROUND_HALF_DOWN:
        if r > 5 * _pow10(drop - 1):
            q += 1
    elif rounding == ROUND_CEILING:
        if not sign:
            q += 1
    elif rounding == ROUND_FLOOR:
        if sign:
            q += 1
    else:  # ROUND_05UP
        if q % 5 == 0:
            q += 1
    return q, True


_new = object.__new__


def _dec(sign, coef, exp, special=0):
    d = _new(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._special = special
    return d


def _fix(sign, coef, exp, ctx, status):
    """Round the finite number (sign, coef, exp) to ctx; returns
    (Decimal, status)."""
    if coef < ctx._plim and ctx._elo <= exp <= ctx._ehi:
        d = _new(Decimal)
        d._sign = sign
        d._coef = coef
        d._exp = exp
        d._special = 0
        return d, status
    prec = ctx.prec
    if not coef:
        emax = ctx.Emax
        if ctx.clamp:
            emax = emax - prec + 1
        if exp > emax:
            exp = emax
            status |= _S_CLAMPED
        else:
            etiny = ctx.Emin - prec + 1
            if exp < etiny:
                exp = etiny
                status |= _S_CLAMPED
        return _dec(sign, 0, exp), status
    n = _ndigits(coef)
    adj = exp + n - 1
    if adj < ctx.Emin:
        etiny = ctx.Emin - prec + 1
        status |= _S_SUBNORMAL
        if exp < etiny:
            coef, inexact = _round_int(coef, etiny - exp, sign, ctx.rounding)
            exp = etiny
            status |= _S_ROUNDED
            if inexact:
                status |= _S_INEXACT | _S_UNDERFLOW
                if not coef:
                    status |= _S_CLAMPED
            if _ndigits(coef) > prec:   # carried into a normal number
                coef //= 10
                exp += 1
        return _dec(sign, coef, exp), status
    if n > prec:
        drop = n - prec
        coef, inexact = _round_int(coef, drop, sign, ctx.rounding)
        exp += drop
        status |= _S_ROUNDED
        if inexact:
            status |= _S_INEXACT
        if coef == _pow10(prec):
            coef = _pow10(prec - 1)
            exp += 1
        adj = exp + prec - 1
    if adj > ctx.Emax:
        status |= _S_OVERFLOW | _S_INEXACT | _S_ROUNDED
        r = ctx.rounding
        if (r == ROUND_DOWN or r == ROUND_05UP or (r == ROUND_CEILING and sign)
                or (r == ROUND_FLOOR and not sign)):
            return _dec(sign, _pow10(prec) - 1, ctx.Emax - prec + 1), status
        return _dec(sign, 0, 0, _INF), status
    if ctx.clamp:
        etop = ctx.Emax - prec + 1
        if exp > etop:
            coef *= _pow10(exp - etop)
            exp = etop
            status |= _S_CLAMPED
    return _dec(sign, coef, exp), status


def _nan_result(a, b, ctx):
    """The NaN result of an operation with a NaN operand, or None;
    returns (result, status)."""
    if a._special == _SNAN:
        return _fix_nan(_dec(a._sign, a._coef, 0, _QNAN), ctx), _S_INVALID
    if b is not None and b._special == _SNAN:
        return _fix_nan(_dec(b._sign, b._coef, 0, _QNAN), ctx), _S_INVALID
    if a._special == _QNAN:
        return _fix_nan(a, ctx), 0
    if b is not None and b._special == _QNAN:
        return _fix_nan(b, ctx), 0
    return None, 0


def _fix_nan(a, ctx):
    # a NaN's payload keeps at most prec - clamp digits
    keep = ctx.prec - ctx.clamp
    if a._coef and _ndigits(a._coef) > keep:
        return _dec(a._sign, int(str(a._coef)[-keep:] or '0') if keep > 0 else 0, 0, a._special)
    return a


_NAN = None   # set after the class


def _invalid(ctx, cond=_S_INVALID):
    return _dec(0, 0, 0, _QNAN), cond


# ---------------------------------------------------------------- parsing

def _parse(s):
    """(sign, coef, exp, special) for a numeric string, or None."""
    s = s.strip()
    if '_' in s:
        s = s.replace('_', '')
    if not s:
        return None
    sign = 0
    c = s[0]
    if c == '-':
        sign = 1
        s = s[1:]
    elif c == '+':
        s = s[1:]
    if not s:
        return None
    if not s[0].isdigit() and s[0] != '.':
        low = s.lower()
        if low == 'inf' or low == 'infinity':
            return sign, 0, 0, _INF
        special = 0
        if low.startswith('nan'):
            special = _QNAN
            rest = s[3:]
        elif low.startswith('snan'):
            special = _SNAN
            rest = s[4:]
        else:
            return None
        if not rest:
            return sign, 0, 0, special
        if not rest.isdigit() or not rest.isascii() and not _all_decimal(rest):
            return None
        return sign, int(rest), 0, special
    exp = 0
    epos = s.find('e')
    if epos < 0:
        epos = s.find('E')
    if epos >= 0:
        es = s[epos + 1:]
        s = s[:epos]
        if not es:
            return None
        t = es[1:] if es[0] in '+-' else es
        if not t or not t.isdigit():
            return None
        exp = int(es)
    dot = s.find('.')
    if dot >= 0:
        intpart = s[:dot]
        frac = s[dot + 1:]
        if not intpart and not frac:
            return None
        if (intpart and not intpart.isdigit()) or (frac and not frac.isdigit()):
            return None
        digits = intpart + frac
        exp -= len(frac)
    else:
        if not s.isdigit():
            return None
        digits = s
    return sign, int(digits), exp, 0


def _all_decimal(s):
    for ch in s:
        if not ch.isdecimal():
            return False
    return True


# ---------------------------------------------------------------- Decimal

def _convert(other, op=None, reflected=False):
    """other as a Decimal for an arithmetic operation, or NotImplemented
    (a TypeError naming decimal.Decimal as CPython's does for the built-in
    types, which have no reflected operation taking a Decimal)."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if op is not None and type(other).__module__ == 'builtins':
        _binop_error(op, other, reflected)
    return NotImplemented


def _binop_error(op, other, reflected):
    a = 'decimal.Decimal'
    b = type(other).__name__
    if reflected:
        a, b = b, a
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, a, b))


def _from_int(v):
    if v < 0:
        return _dec(1, -v, 0)
    return _dec(0, int(v), 0)


def _from_float(f):
    if f != f:
        return _dec(1 if _math.copysign(1.0, f) < 0 else 0, 0, 0, _QNAN)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_math.inf, -_math.inf):
        return _dec(sign, 0, 0, _INF)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _dec(sign, n * 5 ** k, -k)


def _reflected(symbol, forward):
    """Decimal's reflected operator for symbol: `other symbol self` with
    other converted (NotImplemented when it cannot be), done by other's
    forward method."""
    def method(self, other, context=None):
        other = _convert(other, symbol, True)
        if other is NotImplemented:
            return other
        return getattr(other, forward)(self, context)
    method.__name__ = '__r' + forward[2:]
    method.__qualname__ = 'Decimal.' + method.__name__
    return method


class Decimal(object):
    """Floating point class for decimal arithmetic."""

    __slots__ = ('_sign', '_coef', '_exp', '_special')

    def __new__(cls, value="0", context=None):
        self = _new(cls)
        t = type(value)
        if t is int:
            if value < 0:
                self._sign = 1
                self._coef = -value
            else:
                self._sign = 0
                self._coef = value
            self._exp = 0
            self._special = 0
            return self
        if t is str or isinstance(value, str):
            r = _parse(value)
            if r is None:
                if context is None:
                    context = getcontext()
                context._apply(_S_CONVSYNTAX)
                r = (0, 0, 0, _QNAN)
            self._sign, self._coef, self._exp, self._special = r
            if self._special >= _QNAN:
                if context is None:
                    context = getcontext()
                if self._coef and _ndigits(self._coef) > context.prec - context.clamp:
                    context._apply(_S_CONVSYNTAX)
                    self._sign, self._coef = 0, 0
                    self._special = _QNAN
            return self
        if isinstance(value, Decimal):
            self._sign = value._sign
            self._coef = value._coef
            self._exp = value._exp
            self._special = value._special
            return self
        if isinstance(value, int):
            v = int(value)
            self._sign = 1 if v < 0 else 0
            self._coef = abs(v)
            self._exp = 0
            self._special = 0
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context._apply(_S_FLOATOP)
            d = _from_float(value)
            self._sign, self._coef, self._exp, self._special = d._sign, d._coef, d._exp, d._special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1) or type(sign) is not int and type(sign) is not bool:
                raise ValueError('sign must be an integer with the value 0 or 1')
            if exp == 'F':
                self._sign, self._coef, self._exp, self._special = sign, 0, 0, _INF
                return self
            if not isinstance(digits, (list, tuple)):
                raise ValueError('coefficient must be a tuple of digits')
            coef = 0
            for dg in digits:
                if type(dg) is not int or not 0 <= dg <= 9:
                    raise ValueError('coefficient must be a tuple of digits')
                coef = coef * 10 + dg
            if exp in ('n', 'N'):
                self._sign, self._coef, self._exp = sign, coef, 0
                self._special = _QNAN if exp == 'n' else _SNAN
                return self
            if type(exp) is not int:
                if isinstance(exp, str):
                    raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
                raise ValueError("exponent must be an integer")
            self._sign, self._coef, self._exp, self._special = sign, coef, exp, 0
            return self
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        if cls is Decimal:
            return d
        return cls(d)

    # ------------------------------------------------------------ strings

    def __str__(self, eng=False, context=None):
        sp = self._special
        sign = '-' if self._sign else ''
        if sp:
            if sp == _INF:
                return sign + 'Infinity'
            nan = 'NaN' if sp == _QNAN else 'sNaN'
            return sign + nan + (str(self._coef) if self._coef else '')
        digits = str(self._coef)
        exp = self._exp
        if exp == 0:
            return sign + digits
        n = len(digits)
        adj = exp + n - 1
        if exp < 0 and adj >= -6:
            point = n + exp
            if point > 0:
                return sign + digits[:point] + '.' + digits[point:]
            return sign + '0.' + '0' * -point + digits
        if context is None:
            context = getcontext()
        e = 'E' if context.capitals else 'e'
        if not eng:
            if n == 1:
                body = digits
            else:
                body = digits[0] + '.' + digits[1:]
            return '%s%s%s%+d' % (sign, body, e, adj)
        # engineering notation: exponent a multiple of three
        if self._coef == 0:
            # the exponent is adjusted so the coefficient stays a zero
            ex = exp
            m = ex % 3
            if m == 0:
                body, ex2 = '0', ex
            elif m == 1:
                body, ex2 = '0.00', ex + 2
            else:
                body, ex2 = '0.0', ex + 1
            return sign + body + ('' if ex2 == 0 else '%s%+d' % (e, ex2))
        lead = adj % 3 + 1
        ex = adj - lead + 1
        if n <= lead:
            body = digits + '0' * (lead - n)
        else:
            body = digits[:lead] + '.' + digits[lead:]
        return sign + body + ('' if ex == 0 else '%s%+d' % (e, ex))

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    # ------------------------------------------------------------ properties

    def as_tuple(self):
        sp = self._special
        if sp == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(map(int, str(self._coef))) if (self._coef or not sp) else ()
        if sp:
            return DecimalTuple(self._sign, digits, 'n' if sp == _QNAN else 'N')
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special == _INF:
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        if not self._coef:
            return 0, 1
        n = self._coef
        if self._exp >= 0:
            n *= _pow10(self._exp)
            d = 1
        else:
            d = _pow10(-self._exp)
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._special

    def is_infinite(self):
        return self._special == _INF

    def is_nan(self):
        return self._special >= _QNAN

    def is_qnan(self):
        return self._special == _QNAN

    def is_snan(self):
        return self._special == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._special and not self._coef

    def is_normal(self, context=None):
        if self._special or not self._coef:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() >= context.Emin

    def is_subnormal(self, context=None):
        if self._special or not self._coef:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def radix(self):
        return Decimal(10)

    def number_class(self, context=None):
        sp = self._special
        if sp == _SNAN:
            return 'sNaN'
        if sp == _QNAN:
            return 'NaN'
        s = '-' if self._sign else '+'
        if sp == _INF:
            return s + 'Infinity'
        if not self._coef:
            return s + 'Zero'
        if self.is_subnormal(context):
            return s + 'Subnormal'
        return s + 'Normal'

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def copy_abs(self):
        return _dec(0, self._coef, self._exp, self._special)

    def copy_negate(self):
        return _dec(1 - self._sign, self._coef, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert_strict(other)
        return _dec(other._sign, self._coef, self._exp, self._special)

    def same_quantum(self, other, context=None):
        other = _convert_strict(other)
        if self._special or other._special:
            return (self._special == other._special or
                    (self._special >= _QNAN and other._special >= _QNAN))
        return self._exp == other._exp

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    # ------------------------------------------------------------ conversions

    def __bool__(self):
        return bool(self._special or self._coef)

    def __int__(self):
        if self._special:
            if self._special >= _QNAN:
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        e = self._exp
        if e >= 0:
            v = self._coef * _pow10(e)
        else:
            v = self._coef // _pow10(-e)
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._special >= _QNAN:
            if self._special == _SNAN:
                raise ValueError("cannot convert signaling NaN to float")
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def _to_int(self, rounding):
        if self._special:
            if self._special >= _QNAN:
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        e = self._exp
        if e >= 0:
            v = self._coef * _pow10(e)
        else:
            v, _ = _round_int(self._coef, -e, self._sign, rounding)
        return -v if self._sign else v

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_dec(0, 1, -n))

    def __hash__(self):
        sp = self._special
        if sp:
            if sp == _SNAN:
                raise TypeError('Cannot hash a signaling NaN value')
            if sp == _QNAN:
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        e = self._exp
        if e >= 0:
            h = self._coef * pow(10, e, _HASH_MOD) % _HASH_MOD
        else:
            h = self._coef * pow(_HASH_10INV, -e, _HASH_MOD) % _HASH_MOD
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # ------------------------------------------------------------ comparisons

    def _cmp_operand(self, other, op_equality):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _from_int(other)
        if isinstance(other, float):
            ctx = getcontext()
            if op_equality:
                ctx.flags[FloatOperation] = True
            else:
                ctx._apply(_S_FLOATOP)
            return _from_float(other)
        if isinstance(other, complex) and op_equality:
            if other.imag == 0:
                getcontext().flags[FloatOperation] = True
                return _from_float(other.real)
            return None
        if isinstance(other, _numbers.Rational):
            return other
        return NotImplemented

    def _compare_rational(self, other):
        # compare with a fractions.Fraction-like value exactly
        if self._special:
            return 1 if not self._sign else -1
        n, d = self.as_integer_ratio()
        a = n * other.denominator
        b = other.numerator * d
        return (a > b) - (a < b)

    def __eq__(self, other):
        o = self._cmp_operand(other, True)
        if o is NotImplemented:
            return o
        if o is None:
            return False
        if not isinstance(o, Decimal):
            if self._special >= _QNAN:
                return False
            return self._compare_rational(o) == 0
        if self._special or o._special:
            if self._special == _SNAN or o._special == _SNAN:
                getcontext()._apply(_S_INVALID)
                return False
            if self._special >= _QNAN or o._special >= _QNAN:
                return False
        return _cmp(self, o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other, op):
        o = self._cmp_operand(other, False)
        if o is NotImplemented:
            if type(other).__module__ == 'builtins':
                raise TypeError("'%s' not supported between instances of 'decimal.Decimal' and '%s'"
                                % (op, type(other).__name__))
            return None
        if not isinstance(o, Decimal):
            if self._special >= _QNAN:
                getcontext()._apply(_S_INVALID)
                return 2
            return self._compare_rational(o)
        if self._special >= _QNAN or o._special >= _QNAN:
            getcontext()._apply(_S_INVALID)
            return 2
        return _cmp(self, o)

    def __lt__(self, other):
        c = self._order(other, '<')
        if c is None:
            return NotImplemented
        return c == -1

    def __le__(self, other):
        c = self._order(other, '<=')
        if c is None:
            return NotImplemented
        return c == -1 or c == 0

    def __gt__(self, other):
        c = self._order(other, '>')
        if c is None:
            return NotImplemented
        return c == 1

    def __ge__(self, other):
        c = self._order(other, '>=')
        if c is None:
            return NotImplemented
        return c == 1 or c == 0

    def compare(self, other, context=None):
        other = _convert_strict(other)
        if context is None:
            context = getcontext()
        if self._special >= _QNAN or other._special >= _QNAN:
            r, st = _nan_result(self, other, context)
            context._apply(st)
            return r
        return _dec_int(_cmp(self, other))

    def compare_signal(self, other, context=None):
        other = _convert_strict(other)
        if context is None:
            context = getcontext()
        if self._special >= _QNAN or other._special >= _QNAN:
            r, st = _nan_result(self, other, context)
            context._apply(st | _S_INVALID)
            return r
        return _dec_int(_cmp(self, other))

    def compare_total(self, other, context=None):
        other = _convert_strict(other)
        return _dec_int(_total_cmp(self, other))

    def compare_total_mag(self, other, context=None):
        other = _convert_strict(other)
        return _dec_int(_total_cmp(self.copy_abs(), other.copy_abs()))

    # ------------------------------------------------------------ arithmetic

    def __neg__(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            if self._special >= _QNAN:
                r, st = _nan_result(self, None, context)
                context._apply(st)
                return r
            return _dec(1 - self._sign, 0, 0, _INF)
        sign = 1 - self._sign
        if not self._coef and context.rounding != ROUND_FLOOR:
            sign = 0
        r, st = _fix(sign, self._coef, self._exp, context, 0)
        if st:
            context._apply(st)
        return r

    def __pos__(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            if self._special >= _QNAN:
                r, st = _nan_result(self, None, context)
                context._apply(st)
                return r
            return _dec(self._sign, 0, 0, _INF)
        sign = self._sign
        if not self._coef and context.rounding != ROUND_FLOOR:
            sign = 0
        r, st = _fix(sign, self._coef, self._exp, context, 0)
        if st:
            context._apply(st)
        return r

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._sign:
            return self.__neg__(context)
        return self.__pos__(context)

    def plus(self, context=None):
        return self.__pos__(context)

    def minus(self, context=None):
        return self.__neg__(context)

    def __add__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert(other, '+')
            if other is NotImplemented:
                return other
        if context is None:
            context = getcontext()
        if (self._exp == other._exp and self._sign == other._sign and
                not self._special and not other._special):
            c = self._coef + other._coef
            e = self._exp
            if c < context._plim and context._elo <= e <= context._ehi:
                r = _new(Decimal)
                r._sign = self._sign
                r._coef = c
                r._exp = e
                r._special = 0
                return r
        r, st = _add(self, other, 0, context)
        if st:
            context._apply(st)
        return r

    def __radd__(self, other):
        other = _convert(other, '+', True)
        if other is NotImplemented:
            return other
        return other.__add__(self)

    def __sub__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert(other, '-')
            if other is NotImplemented:
                return other
        if context is None:
            context = getcontext()
        r, st = _add(self, other, 1, context)
        if st:
            context._apply(st)
        return r

    __rsub__ = _reflected('-', '__sub__')

    def __mul__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert(other, '*')
            if other is NotImplemented:
                return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            r, st = _nan_result(self, other, context)
            if r is None:
                if ((self._special == _INF and not other._special and not other._coef) or
                        (other._special == _INF and not self._special and not self._coef)):
                    r, st = _invalid(context)
                else:
                    r = _dec(sign, 0, 0, _INF)
            if st:
                context._apply(st)
            return r
        c = self._coef * other._coef
        e = self._exp + other._exp
        if c < context._plim and context._elo <= e <= context._ehi:
            r = _new(Decimal)
            r._sign = sign
            r._coef = c
            r._exp = e
            r._special = 0
            return r
        r, st = _fix(sign, c, e, context, 0)
        if st:
            context._apply(st)
        return r

    def __rmul__(self, other):
        other = _convert(other, '*', True)
        if other is NotImplemented:
            return other
        return other.__mul__(self)

    def __truediv__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert(other, '/')
            if other is NotImplemented:
                return other
        if context is None:
            context = getcontext()
        r, st = _div(self, other, context)
        if st:
            context._apply(st)
        return r

    __rtruediv__ = _reflected('/', '__truediv__')

    def _divmod_op(self, other, context, symbol, want):
        # divmod, // and %: want 1 = the quotient, 2 = the remainder, 3 = both
        other = _convert(other, symbol)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        q, r, st = _divmod(self, other, context, want)
        if st:
            context._apply(st)
        return (q, r) if want == 3 else q if want == 1 else r

    def __divmod__(self, other, context=None):
        return self._divmod_op(other, context, 'divmod()', 3)

    __rdivmod__ = _reflected('divmod()', '__divmod__')

    def __floordiv__(self, other, context=None):
        return self._divmod_op(other, context, '//', 1)

    __rfloordiv__ = _reflected('//', '__floordiv__')

    def __mod__(self, other, context=None):
        return self._divmod_op(other, context, '%', 2)

    __rmod__ = _reflected('%', '__mod__')

    def remainder_near(self, other, context=None):
        other = _convert_strict(other)
        if context is None:
            context = getcontext()
        r, st = _remainder_near(self, other, context)
        if st:
            context._apply(st)
        return r

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other, '** or pow()')
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if modulo is not None:
            modulo = _convert(modulo)
            if modulo is NotImplemented:
                return modulo
            r, st = _powmod(self, other, modulo, context)
        else:
            r, st = _power(self, other, context)
        if st:
            context._apply(st)
        return r

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert(other, '** or pow()', True)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    def fma(self, other, third, context=None):
        other = _convert_strict(other)
        third = _convert_strict(third)
        if context is None:
            context = getcontext()
        if self._special or other._special:
            p = self.__mul__(other, context)
        else:
            p = _dec(self._sign ^ other._sign, self._coef * other._coef,
                     self._exp + other._exp)
        return p.__add__(third, context)

    # ------------------------------------------------------------ rounding

    def quantize(self, exp, rounding=None, context=None):
        if type(exp) is not Decimal:
            exp = _convert_strict(exp)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        elif rounding not in _ROUNDING_SET:
            raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        if self._special or exp._special:
            r, st = _nan_result(self, exp, context)
            if r is None:
                if self._special == _INF and exp._special == _INF:
                    r = self
                else:
                    r, st = _invalid(context)
            if st:
                context._apply(st)
            return r
        e = exp._exp
        if e > context.Emax or e < context.Emin - context.prec + 1:
            r, st = _invalid(context)
            context._apply(st)
            return r
        se = self._exp
        st = 0
        coef = self._coef
        if e > se:
            if coef:
                st = _S_ROUNDED
            coef, inexact = _round_int(coef, e - se, self._sign, rounding)
            if inexact:
                st = _S_INEXACT | _S_ROUNDED
        elif e < se:
            if coef and _ndigits(coef) + (se - e) > context.prec:
                r, st = _invalid(context)
                context._apply(st)
                return r
            coef *= _pow10(se - e)
        if context.clamp and e > context._ehi:
            etop = context._ehi
            coef *= _pow10(e - etop)
            e = etop
            st |= _S_CLAMPED
        if coef and (_ndigits(coef) > context.prec or
                     e + _ndigits(coef) - 1 > context.Emax):
            r, st = _invalid(context)
            context._apply(st)
            return r
        if coef and e + _ndigits(coef) - 1 < context.Emin:
            st |= _S_SUBNORMAL
            if st & _S_INEXACT:
                st |= _S_UNDERFLOW
        r = _dec(self._sign, coef, e)
        if st:
            context._apply(st)
        return r

    def _rescale(self, e, rounding):
        # (sign, coef, e) with self's value rounded to exponent e
        se = self._exp
        coef = self._coef
        if e > se:
            coef, _ = _round_int(coef, e - se, self._sign, rounding)
        elif e < se:
            coef *= _pow10(se - e)
        return _dec(self._sign, coef, e)

    def to_integral_value(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            r, st = _nan_result(self, None, context)
            if r is None:
                return self
            context._apply(st)
            return r
        if self._exp >= 0:
            return self
        if rounding is None:
            rounding = context.rounding
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            r, st = _nan_result(self, None, context)
            if r is None:
                return self
            context._apply(st)
            return r
        if self._exp >= 0:
            return self
        if rounding is None:
            rounding = context.rounding
        r = self._rescale(0, rounding)
        if not self._coef:
            return r
        st = _S_ROUNDED
        if r._coef * _pow10(-self._exp) != self._coef:
            st |= _S_INEXACT
        context._apply(st)
        return r

    def normalize(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            r, st = _nan_result(self, None, context)
            if r is None:
                return self
            context._apply(st)
            return r
        r, st = _fix(self._sign, self._coef, self._exp, context, 0)
        if st:
            context._apply(st)
        if r._special or not r._coef:
            return _dec(r._sign, 0, 0, r._special)
        coef = r._coef
        e = r._exp
        emax = context.Emax - context.prec + 1 if context.clamp else context.Emax
        while coef % 10 == 0 and e < emax:
            coef //= 10
            e += 1
        return _dec(r._sign, coef, e)

    reduce = normalize

    def scaleb(self, other, context=None):
        other = _convert_strict(other)
        if context is None:
            context = getcontext()
        r, st = _nan_result(self, other, context)
        if r is None:
            if other._special or other._exp != 0:
                r, st = _invalid(context)
            elif self._special:
                r = self
            else:
                n = int(other)
                r, st = _fix(self._sign, self._coef, self._exp + n, context, 0)
        if st:
            context._apply(st)
        return r

    def logb(self, context=None):
        if context is None:
            context = getcontext()
        r, st = _nan_result(self, None, context)
        if r is None:
            if self._special:
                r = _dec(0, 0, 0, _INF)
            elif not self._coef:
                r, st = _dec(1, 0, 0, _INF), _S_DIVZERO
            else:
                r, st = _fix_int(self.adjusted(), context)
        if st:
            context._apply(st)
        return r

    def next_plus(self, context=None):
        return _next(self, 0, context)

    def next_minus(self, context=None):
        return _next(self, 1, context)

    def next_toward(self, other, context=None):
        other = _convert_strict(other)
        if context is None:
            context = getcontext()
        r, st = _nan_result(self, other, context)
        if r is not None:
            context._apply(st)
            return r
        c = _cmp(self, other)
        if c == 0:
            return _dec(other._sign, self._coef, self._exp, self._special)
        r = _next(self, 0 if c < 0 else 1, context)
        if r._special == _INF:
            context._apply(_S_OVERFLOW | _S_INEXACT | _S_ROUNDED)
        elif not r._special and r.adjusted() < context.Emin:
            st = _S_UNDERFLOW | _S_SUBNORMAL | _S_INEXACT | _S_ROUNDED
            if not r._coef:
                st |= _S_CLAMPED
            context._apply(st)
        return r

    # ------------------------------------------------------------ functions

    def sqrt(self, context=None):
        if context is None:
            context = getcontext()
        r, st = _sqrt(self, context)
        if st:
            context._apply(st)
        return r

    def exp(self, context=None):
        if context is None:
            context = getcontext()
        r, st = _exp(self, context)
        if st:
            context._apply(st)
        return r

    def ln(self, context=None):
        if context is None:
            context = getcontext()
        r, st = _ln_or_log10(self, context, False)
        if st:
            context._apply(st)
        return r

    def log10(self, context=None):
        if context is None:
            context = getcontext()
        r, st = _ln_or_log10(self, context, True)
        if st:
            context._apply(st)
        return r

    def max(self, other, context=None):
        return _maxmin(self, _convert_strict(other), context, 1, False)

    def min(self, other, context=None):
        return _maxmin(self, _convert_strict(other), context, -1, False)

    def max_mag(self, other, context=None):
        return _maxmin(self, _convert_strict(other), context, 1, True)

    def min_mag(self, other, context=None):
        return _maxmin(self, _convert_strict(other), context, -1, True)

    # ------------------------------------------------------------ format

    def __format__(self, spec, context=None, _localeconv=None):
        if context is None:
            context = getcontext()
        return _format(self, spec, context)


_NAN = _dec(0, 0, 0, _QNAN)

_HASH_MOD = _sys.hash_info.modulus
_HASH_10INV = pow(10, _HASH_MOD - 2, _HASH_MOD)

try:
    _numbers.Number.register(Decimal)
except Exception:
    pass


def _convert_strict(other):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    raise TypeError("conversion from %s to Decimal is not supported"
                    % type(other).__name__)


def _dec_int(v):
    return _dec(1, -v, 0) if v < 0 else _dec(0, v, 0)


def _fix_int(v, ctx):
    return _fix(1 if v < 0 else 0, abs(v), 0, ctx, 0)


def _cmp(a, b):
    """-1, 0, 1 comparing two non-NaN Decimals numerically."""
    if a._special or b._special:
        av = (-1 if a._sign else 1) if a._special else 0
        bv = (-1 if b._sign else 1) if b._special else 0
        if av or bv:
            if av == bv:
                return 0
            if av:
                return av
            return -bv
    ac = a._coef
    bc = b._coef
    if not ac:
        if not bc:
            return 0
        return 1 if b._sign else -1
    if not bc:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    aadj = a._exp + _ndigits(ac)
    badj = b._exp + _ndigits(bc)
    if aadj != badj:
        return s if aadj > badj else -s
    ea = a._exp
    eb = b._exp
    if ea > eb:
        ac *= _pow10(ea - eb)
    elif eb > ea:
        bc *= _pow10(eb - ea)
    if ac == bc:
        return 0
    return s if ac > bc else -s


def _total_cmp(a, b):
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    ra = (0, 1, 3, 2)[a._special]
    rb = (0, 1, 3, 2)[b._special]
    if ra != rb:
        return s if ra > rb else -s
    if ra >= 2:
        c = (a._coef > b._coef) - (a._coef < b._coef)
        return s * c
    if ra == 1:
        return 0
    c = _cmp(a.copy_abs(), b.copy_abs())
    if c:
        return s * c
    c = (a._exp > b._exp) - (a._exp < b._exp)
    return s * c


def _add(a, b, negate_b, ctx):
    bsign = b._sign ^ negate_b
    if a._special or b._special:
        r, st = _nan_result(a, b, ctx)
        if r is not None:
            return r, st
        if a._special == _INF:
            if b._special == _INF and bsign != a._sign:
                return _invalid(ctx)
            return _dec(a._sign, 0, 0, _INF), 0
        return _dec(bsign, 0, 0, _INF), 0
    ac = a._coef
    bc = b._coef
    ea = a._exp
    eb = b._exp
    asign = a._sign
    if not ac or not bc:
        e = ea if ea < eb else eb
        if not ac and not bc:
            if asign == bsign:
                sign = asign
            else:
                sign = 1 if ctx.rounding == ROUND_FLOOR else 0
            return _fix(sign, 0, e, ctx, 0)
        if not ac:
            sign, c, ex = bsign, bc, eb
        else:
            sign, c, ex = asign, ac, ea
        if e < ex:
            room = ctx.prec - _ndigits(c)
            pad = ex - e
            st = 0
            if pad > room:
                pad = room if room > 0 else 0
                st = _S_ROUNDED
            c *= _pow10(pad)
            ex -= pad
            return _fix(sign, c, ex, ctx, st)
        return _fix(sign, c, ex, ctx, 0)
    if ea != eb:
        # an operand far below the other's rounding point only matters as
        # a sticky digit: shrink it so the alignment stays small
        if ea > eb:
            prec = ctx.prec
            if ea - eb > prec + 2:
                lim = min(ea, ea + _ndigits(ac) - 1 - prec) - 1
                if eb + _ndigits(bc) - 1 < lim:
                    bc = 1
                    eb = lim - 1
            ac *= _pow10(ea - eb)
            e = eb
        else:
            prec = ctx.prec
            if eb - ea > prec + 2:
                lim = min(eb, eb + _ndigits(bc) - 1 - prec) - 1
                if ea + _ndigits(ac) - 1 < lim:
                    ac = 1
                    ea = lim - 1
            bc *= _pow10(eb - ea)
            e = ea
    else:
        e = ea
    if asign == bsign:
        return _fix(asign, ac + bc, e, ctx, 0)
    if ac >= bc:
        c = ac - bc
        sign = asign
    else:
        c = bc - ac
        sign = bsign
    if not c:
        sign = 1 if ctx.rounding == ROUND_FLOOR else 0
    return _fix(sign, c, e, ctx, 0)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r, st = _nan_result(a, b, ctx)
        if r is not None:
            return r, st
        if a._special == _INF:
            if b._special == _INF:
                return _invalid(ctx)
            return _dec(sign, 0, 0, _INF), 0
        # finite / inf
        return _fix(sign, 0, ctx.Emin - ctx.prec + 1, ctx, _S_CLAMPED)
    bc = b._coef
    if not bc:
        if not a._coef:
            return _invalid(ctx, _S_DIVUNDEFINED)
        return _dec(sign, 0, 0, _INF), _S_DIVZERO
    ac = a._coef
    ideal = a._exp - b._exp
    if not ac:
        return _fix(sign, 0, ideal, ctx, 0)
    prec = ctx.prec
    shift = prec + _ndigits(bc) - _ndigits(ac) + 1
    if shift >= 0:
        q, r = divmod(ac * _pow10(shift), bc)
    else:
        q, r = divmod(ac, bc * _pow10(-shift))
    e = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while e < ideal and q % 10 == 0:
            q //= 10
            e += 1
    return _fix(sign, q, e, ctx, 0)


def _divmod(a, b, ctx, want):
    """(quotient, remainder, status) of divide-integer and remainder; want
    is 1 for the quotient, 2 for the remainder, 3 for both."""
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r, st = _nan_result(a, b, ctx)
        if r is not None:
            return r, r, st
        if a._special == _INF:
            if b._special == _INF:
                r, st = _invalid(ctx)
                return r, r, st
            if want == 1:
                return _dec(sign, 0, 0, _INF), None, 0
            r, st = _invalid(ctx)
            return _dec(sign, 0, 0, _INF), r, st
        # finite // inf
        quot, st = _fix(sign, 0, 0, ctx, 0)
        if want == 1:
            return quot, None, st
        r, st2 = _fix(a._sign, a._coef, a._exp, ctx, 0)
        return quot, r, (st | st2 if want == 3 else st2)
    if not b._coef:
        if not a._coef:
            r, st = _invalid(ctx, _S_DIVUNDEFINED)
            return r, r, st
        if want == 1:
            return _dec(sign, 0, 0, _INF), None, _S_DIVZERO
        if want == 2:
            r, st = _invalid(ctx)
            return None, r, st
        r, st = _invalid(ctx)
        return _dec(sign, 0, 0, _INF), r, st | _S_DIVZERO
    ea = a._exp
    eb = b._exp
    ac = a._coef
    bc = b._coef
    prec = ctx.prec
    if not ac:
        e = ea if ea < eb else eb
        quot, st = _fix(sign, 0, 0, ctx, 0)
        if want == 1:
            return quot, None, st
        r, st2 = _fix(a._sign, 0, e, ctx, 0)
        return quot, r, (st | st2 if want == 3 else st2)
    aadj = ea + _ndigits(ac) - 1
    badj = eb + _ndigits(bc) - 1
    if aadj - badj > prec + 1:
        r, st = _invalid(ctx, _S_DIVIMPOSSIBLE)
        return r, r, st
    e = ea if ea < eb else eb
    if ea > e:
        ac *= _pow10(ea - e)
    if eb > e:
        bc *= _pow10(eb - e)
    q, r = divmod(ac, bc)
    if q and _ndigits(q) > prec:
        r, st = _invalid(ctx, _S_DIVIMPOSSIBLE)
        return r, r, st
    quot, st = _fix(sign, q, 0, ctx, 0)
    if want == 1:
        return quot, None, st
    rem, st2 = _fix(a._sign, r, e, ctx, 0)
    return quot, rem, (st | st2 if want == 3 else st2)


def _remainder_near(a, b, ctx):
    if a._special or b._special:
        r, st = _nan_result(a, b, ctx)
        if r is not None:
            return r, st
        if a._special == _INF:
            return _invalid(ctx)
        return _fix(a._sign, a._coef, a._exp, ctx, 0)
    if not b._coef:
        if not a._coef:
            return _invalid(ctx, _S_DIVUNDEFINED)
        return _invalid(ctx)
    ea, eb = a._exp, b._exp
    e = min(ea, eb)
    ac = a._coef * _pow10(ea - e)
    bc = b._coef * _pow10(eb - e)
    q, r = divmod(ac, bc)
    if 2 * r > bc or (2 * r == bc and q & 1):
        r -= bc
        q += 1
    if q and _ndigits(q) > ctx.prec:
        return _invalid(ctx, _S_DIVIMPOSSIBLE)
    sign = a._sign
    if r < 0:
        sign = 1 - sign
        r = -r
    return _fix(sign, r, e, ctx, 0)


def _next(a, direction, context):
    # next_plus (direction 0) / next_minus (1)
    if context is None:
        context = getcontext()
    r, st = _nan_result(a, None, context)
    if r is not None:
        context._apply(st)
        return r
    if a._special == _INF:
        if a._sign == direction:
            return a
        return _dec(a._sign, _pow10(context.prec) - 1, context.Emax - context.prec + 1)
    etiny = context.Emin - context.prec + 1
    if a._coef and a._exp + _ndigits(a._coef) - 1 < etiny - 1:
        if direction == a._sign:
            return _dec(a._sign, 1, etiny)
        return _dec(a._sign, 0, etiny)
    tiny = _dec(direction, 1, etiny - 1)
    c2 = context.copy()
    c2.rounding = ROUND_CEILING if direction == 0 else ROUND_FLOOR
    c2.traps = {}
    r, st = _add(a, tiny, 0, c2)
    if r._special == _INF:
        pass
    return r


def _maxmin(a, b, context, which, mag):
    if context is None:
        context = getcontext()
    if a._special >= _QNAN or b._special >= _QNAN:
        if a._special == _SNAN or b._special == _SNAN or (a._special and b._special >= _QNAN and a._special >= _QNAN):
            r, st = _nan_result(a, b, context)
            context._apply(st)
            return r
        r = b if a._special >= _QNAN else a
        r, st = _fix(r._sign, r._coef, r._exp, context, 0) if not r._special else (r, 0)
        if st:
            context._apply(st)
        return r
    if mag:
        c = _cmp(a.copy_abs(), b.copy_abs())
        if c == 0:
            c = _total_cmp(a, b)
    else:
        c = _cmp(a, b)
        if c == 0:
            c = _total_cmp(a, b)
    r = a if c * which >= 0 else b
    if r._special:
        return r
    r, st = _fix(r._sign, r._coef, r._exp, context, 0)
    if st:
        context._apply(st)
    return r


# ---------------------------------------------------------------- powers

def _is_integral(d):
    if d._special:
        return False
    if d._exp >= 0:
        return True
    return d._coef % _pow10(-d._exp) == 0


def _power(a, b, ctx):
    if a._special or b._special:
        r, st = _nan_result(a, b, ctx)
        if r is not None:
            return r, st
    bint = _is_integral(b)
    # the sign of the result
    sign = 0
    if a._sign:
        if bint:
            if int(b) & 1:
                sign = 1
        elif not (not a._special and not a._coef):
            return _invalid(ctx)
    if b._special == _INF:
        # x ** +-inf
        if a._special:
            cmp1 = 1
        else:
            cmp1 = _cmp(a.copy_abs(), _dec(0, 1, 0))
        if a._sign and not (not a._special and not a._coef):
            return _invalid(ctx)
        if cmp1 == 0:
            # 1 ** inf is inexact 1
            return _fix(0, _pow10(ctx.prec - 1), 1 - ctx.prec, ctx, _S_INEXACT | _S_ROUNDED)
        big = (cmp1 > 0) != bool(b._sign)
        if big:
            return _dec(0, 0, 0, _INF), 0
        return _dec(0, 0, 0), 0
    if a._special == _INF:
        if not b._coef:
            return _dec(0, 1, 0), 0
        if b._sign:
            return _dec(sign, 0, 0), 0
        return _dec(sign, 0, 0, _INF), 0
    if not a._coef:
        if not b._coef:
            return _invalid(ctx)
        if b._sign:
            return _dec(sign, 0, 0, _INF), 0
        return _dec(sign, 0, 0), 0
    if not b._coef:
        return _fix(0, 1, 0, ctx, 0)
    if bint:
        n = int(b)
        m = -n if n < 0 else n
        na = _ndigits(a._coef)
        # an exact power with a bounded number of digits
        if na * m <= max(4 * ctx.prec, 2000) or a._coef == 1:
            c = a._coef ** m
            e = a._exp * m
            if n > 0:
                return _fix(sign, c, e, ctx, 0)
            one = _dec(0, 1, 0)
            return _div(one, _dec(sign, c, e), ctx)
    return _power_general(a, b, sign, ctx)


def _power_general(a, b, sign, ctx):
    # exp(b * ln|a|) correctly rounded by widening the working precision
    prec = ctx.prec
    extra = 10
    while True:
        w = prec + extra
        wctx = Context(prec=w + 5, rounding=ROUND_HALF_EVEN, Emax=MAX_EMAX, Emin=MIN_EMIN)
        la, _ = _ln_or_log10(a.copy_abs(), wctx, False)
        prod, _ = _fix(b._sign ^ la._sign, b._coef * la._coef, b._exp + la._exp, wctx, 0)
        if prod.adjusted() > 20:
            if prod._sign:
                return _fix(sign, 1, ctx.Emin - prec - 5, ctx, 0)
            return _fix(sign, 1, ctx.Emax + 5, ctx, 0)
        v, _ = _exp(prod, wctx)
        # an exact result: try the rounded value
        r, st = _fix(sign, v._coef, v._exp, ctx, 0)
        lo, _ = _fix(sign, v._coef * 1000 - 1, v._exp - 3, ctx, 0)
        hi, _ = _fix(sign, v._coef * 1000 + 1, v._exp - 3, ctx, 0)
        if _same(lo, hi) or extra > 200:
            return r, st | _S_INEXACT | _S_ROUNDED
        extra *= 2


def _same(x, y):
    return (x._sign == y._sign and x._coef == y._coef and x._exp == y._exp
            and x._special == y._special)


def _powmod(a, b, m, ctx):
    if a._special or b._special or m._special:
        r, st = _nan_result(a, b, ctx)
        if r is None:
            r, st = _nan_result(m, None, ctx)
        if r is not None:
            return r, st
        return _invalid(ctx)
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _invalid(ctx)
    if b._sign or not m._coef:
        return _invalid(ctx)
    if not a._coef and not b._coef:
        return _invalid(ctx)
    mi = abs(int(m))
    if _ndigits(mi) > ctx.prec:
        return _invalid(ctx)
    ai = int(a)
    r = pow(abs(ai), int(b), mi)
    sign = 1 if ai < 0 and int(b) & 1 else 0
    return _dec(sign, r, 0), 0


# ---------------------------------------------------------------- sqrt/exp/ln

def _sqrt(a, ctx):
    if a._special:
        r, st = _nan_result(a, None, ctx)
        if r is not None:
            return r, st
        if a._sign:
            return _invalid(ctx)
        return a, 0
    ideal = a._exp >> 1
    if not a._coef:
        return _fix(a._sign, 0, ideal, ctx, 0)
    if a._sign:
        return _invalid(ctx)
    prec = ctx.prec
    c = a._coef
    e = a._exp
    if e & 1:
        c *= 10
        e -= 1
    nd = _ndigits(c)
    k = prec + 1 - (nd + 1) // 2
    exact = True
    if k >= 0:
        c *= _pow10(2 * k)
    else:
        c, rem = divmod(c, _pow10(-2 * k))
        if rem:
            exact = False
    r = _math.isqrt(c)
    if r * r != c:
        exact = False
    e = e // 2 - k
    if exact:
        while e < ideal and r % 10 == 0:
            r //= 10
            e += 1
    elif r % 5 == 0:
        r += 1
    hctx = ctx
    if ctx.rounding != ROUND_HALF_EVEN:
        hctx = ctx.copy()
        hctx.rounding = ROUND_HALF_EVEN
    return _fix(0, r, e, hctx, 0)


_LN2_CACHE = [0, 0]     # [digits, value * 10**digits]
_LN10_CACHE = [0, 0]


def _atanh_inv(k, scale):
    # atanh(1/k) * scale
    total = 0
    k2 = k * k
    term = scale // k
    i = 1
    while term:
        total += term // i
        term //= k2
        i += 2
    return total


def _ln2(w):
    # ln(2) * 10**w, truncated (error < 1)
    if _LN2_CACHE[0] < w:
        g = w + 10
        v = 2 * _atanh_inv(3, _pow10(g))
        _LN2_CACHE[0] = g
        _LN2_CACHE[1] = v
    return _LN2_CACHE[1] // _pow10(_LN2_CACHE[0] - w)


def _ln10(w):
    # ln(10) = 3 ln 2 + ln(5/4) = 3 ln 2 + 2 atanh(1/9)
    if _LN10_CACHE[0] < w:
        g = w + 10
        v = 3 * _ln2(g) + 2 * _atanh_inv(9, _pow10(g))
        _LN10_CACHE[0] = g
        _LN10_CACHE[1] = v
    return _LN10_CACHE[1] // _pow10(_LN10_CACHE[0] - w)


def _fixed(d, w):
    # the finite Decimal d * 10**w as an int, truncated toward zero
    e = d._exp + w
    if e >= 0:
        v = d._coef * _pow10(e)
    else:
        v = d._coef // _pow10(-e)
    return -v if d._sign else v


def _exp_fixed(x, w):
    # exp(x / 10**w) * 10**w for |x| <= 1.2 * 10**w, error a few units
    if x < 0:
        return _pow10(2 * w) // _exp_fixed(-x, w)
    s = 8
    g = w + 4
    scale = _pow10(g)
    r = (x * 10000) >> s
    total = scale
    term = scale
    k = 1
    while term:
        term = term * r // (scale * k)
        total += term
        k += 1
    for _ in range(s):
        total = total * total // scale
    return total // 10000


def _ziv_finish(sign, v, err, w, ctx, status=0):
    """Round the value (v +- err) * 10**-w (v > err) correctly under ctx
    when both ends agree; returns (result, status) or None."""
    lo, st = _fix(sign, v - err, -w, ctx, 0)
    hi, _ = _fix(sign, v + err, -w, ctx, 0)
    if _same(lo, hi):
        return lo, st | status | _S_INEXACT | _S_ROUNDED
    return None


def _exp(a, ctx):
    if a._special:
        r, st = _nan_result(a, None, ctx)
        if r is not None:
            return r, st
        if a._sign:
            return _dec(0, 0, 0), 0
        return a, 0
    if not a._coef:
        return _dec(0, 1, 0), 0
    hctx = ctx
    if ctx.rounding != ROUND_HALF_EVEN:
        hctx = ctx.copy()
        hctx.rounding = ROUND_HALF_EVEN
    prec = ctx.prec
    adj = a.adjusted()
    limit = max(len(str(ctx.Emax)), len(str(-ctx.Emin + prec))) + 1
    if adj > limit:
        if a._sign:
            return _fix(0, 1, ctx.Emin - prec - 10, hctx, 0)
        return _fix(0, 1, ctx.Emax + 10, hctx, 0)
    extra = 8
    while True:
        w = prec + extra
        # n = round(a / ln 10), r = a - n ln 10
        wl = w + max(adj, 0) + 5
        x = _fixed(a, wl)
        l10 = _ln10(wl)
        n = (2 * x + l10) // (2 * l10)
        rr = x - n * l10      # at scale wl
        r = rr // _pow10(wl - w - 2) if wl > w + 2 else rr
        y = _exp_fixed(r, w + 2)
        # exp(a) = y * 10**(n - w - 2)
        ex = n - (w + 2)
        if y > 1000:
            lo, st = _fix(0, y - 1000, ex, hctx, 0)
            hi, _ = _fix(0, y + 1000, ex, hctx, 0)
            if _same(lo, hi):
                return lo, st | _S_INEXACT | _S_ROUNDED
        extra *= 2
        if extra > 10000:
            return lo, st | _S_INEXACT | _S_ROUNDED


def _ln_fixed(a, w):
    # ln(a) * 10**w for a finite positive Decimal, error a few units
    c = a._coef
    nd = _ndigits(c)
    adj = a._exp + nd - 1
    g = w + 6
    scale = _pow10(g)
    # m = c / 10**(nd-1) in [1, 10), at scale g
    if g >= nd - 1:
        m = c * _pow10(g - nd + 1)
    else:
        m = c // _pow10(nd - 1 - g)
    j = 0
    lim = scale * 3 // 2
    while m > lim:
        m >>= 1
        j += 1
    zneg = m < scale
    if zneg:
        z = (scale - m) * scale // (m + scale)
    else:
        z = (m - scale) * scale // (m + scale)
    z2 = z * z // scale
    total = 0
    term = z
    i = 1
    while term:
        total += term // i
        term = term * z2 // scale
        i += 2
    if zneg:
        total = -total
    v = 2 * total + j * _ln2(g) + adj * _ln10(g + len(str(abs(adj))) + 1) // _pow10(len(str(abs(adj))) + 1)
    return v // 1000000


def _ln_or_log10(a, ctx, log10):
    if a._special:
        r, st = _nan_result(a, None, ctx)
        if r is not None:
            return r, st
        if a._sign:
            return _invalid(ctx)
        return a, 0
    if not a._coef:
        return _dec(1, 0, 0, _INF), 0
    if a._sign:
        return _invalid(ctx)
    hctx = ctx
    if ctx.rounding != ROUND_HALF_EVEN:
        hctx = ctx.copy()
        hctx.rounding = ROUND_HALF_EVEN
    c = a._coef
    nd = _ndigits(c)
    if c == _pow10(nd - 1):
        # a power of ten: ln(1) = 0, log10(10**k) = k exactly
        k = a._exp + nd - 1
        if k == 0:
            return _fix(0, 0, 0, hctx, 0)
        if log10:
            return _fix_int(k, hctx)
    prec = ctx.prec
    w = prec + 10
    while True:
        v = _ln_fixed(a, w)
        if log10:
            v = v * _pow10(w) // _ln10(w + 2) * 100
        sign = 0
        if v < 0:
            sign = 1
            v = -v
        if v > 10000 and _ndigits(v) >= prec + 4:
            r = _ziv_finish(sign, v, 100, w, hctx)
            if r is not None:
                return r
            w += prec + 10
        else:
            w += prec + 10 - (_ndigits(v) if v else 0) + w // 2


# ---------------------------------------------------------------- format

def _parse_spec(spec):
    # [[fill]align][sign][z][#][0][width][grouping][.precision][type]
    i = 0
    n = len(spec)
    fill = ' '
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    zneg = False
    if i < n and spec[i] == 'z':
        zneg = True
        i += 1
    alt = False
    zero = False
    if i < n and spec[i] == '0':
        if align is not None:
            # the zero flag is an alignment of its own: not both
            raise ValueError("invalid format string")
        zero = True
        i += 1
    j = i
    if i < n and spec[i] == '0':
        # a width does not start with 0 (after the zero flag)
        raise ValueError("invalid format string")
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else None
    grouping = ''
    if i < n and spec[i] == ',':
        grouping = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        precision = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
        if typ not in 'eEfFgGn%':
            raise ValueError("invalid format string")
    if i != n:
        raise ValueError("invalid format string")
    if zero and align is None:
        fill = '0'
        align = '='
    if align is None:
        align = '>'
    return fill, align, sign, zneg, alt, width, grouping, precision, typ, zero


def _group(intpart, sep, minwidth):
    # insert sep every three digits, padding with zeros up to minwidth
    if not minwidth:
        n = len(intpart)
        if not sep or n <= 3:
            return intpart
        i = n % 3 or 3
        parts = [intpart[:i]]
        while i < n:
            parts.append(intpart[i:i + 3])
            i += 3
        return sep.join(parts)
    if not sep:
        if len(intpart) < minwidth:
            intpart = '0' * (minwidth - len(intpart)) + intpart
        return intpart
    groups = []
    s = intpart
    while True:
        g = s[-3:]
        s = s[:-3]
        if not s and len(g) < 3 and minwidth > 0:
            cur = sum(len(x) + 1 for x in groups) + len(g)
            if cur < minwidth:
                g = '0' * min(3 - len(g), minwidth - cur) + g
        groups.append(g)
        used = sum(len(x) for x in groups) + len(groups) - 1
        if not s:
            if used < minwidth:
                if len(g) == 3:
                    s = '0'
                    continue
            break
    return sep.join(reversed(groups))


_SPECS = {}


def _format(d, spec, ctx):
    parsed = _SPECS.get(spec)
    if parsed is None:
        parsed = _parse_spec(spec)
        if len(_SPECS) < 256:
            _SPECS[spec] = parsed
    fill, align, signopt, zneg, alt, width, grouping, precision, typ, zero_flag = parsed
    if (typ == 'f' or typ == 'F') and precision is not None and not d._special:
        # fixed point with a precision: round the coefficient to exponent
        # -precision directly (no intermediate Decimal)
        coef = d._coef
        e = d._exp
        if e < -precision:
            coef = _round_int(coef, -precision - e, d._sign, ctx.rounding)[0]
        elif e > -precision:
            coef *= _pow10(e + precision)
        # 'z' with 'F' drops the sign of a zero operand only (CPython 3.11's
        # _decimal); with 'f', of a result that rounds to zero
        neg = 0 if zneg and not (coef if typ == 'f' else d._coef) else d._sign
        digits = str(coef)
        if precision:
            if len(digits) <= precision:
                digits = '0' * (precision + 1 - len(digits)) + digits
            intpart = digits[:-precision]
            tail = '.' + digits[-precision:]
        else:
            intpart = digits
            tail = '.' if alt else ''
        signstr = '-' if neg else ('' if signopt == '-' else signopt)
        if zero_flag and width:
            return signstr + _group(intpart, grouping, width - len(signstr) - len(tail)) + tail
        if grouping:
            intpart = _group(intpart, grouping, 0)
        return _pad(neg, intpart + tail, fill, align, signopt, width, signstr)
    if typ is None and precision is None and not width and not grouping and signopt == '-' and not zneg:
        return str(d)
    if typ is None:
        typ = 'G' if ctx.capitals else 'g'
        default_type = True
    else:
        default_type = False
    if typ == 'n':
        typ = 'g'
    rounding = ctx.rounding
    neg = d._sign
    if d._special:
        if d._special == _INF:
            body = 'Infinity'
        elif d._special == _QNAN:
            body = 'NaN' + (str(d._coef) if d._coef else '')
        else:
            body = 'sNaN' + (str(d._coef) if d._coef else '')
        if typ == '%':
            body += '%'
        if zero_flag:
            fill, align = ' ', '>'
        return _pad(neg, body, fill, align, signopt, width)
    if typ == '%':
        d = _dec(d._sign, d._coef, d._exp + 2)
    if precision is not None:
        if typ in 'eE':
            nd = _ndigits(d._coef)
            if nd > precision + 1:
                d = _round_digits(d, precision + 1, rounding)
        elif typ in 'fF%':
            d = d._rescale(-precision, rounding)
        elif typ in 'gG':
            p = precision if precision else 1
            nd = _ndigits(d._coef)
            if nd > p:
                d = _round_digits(d, p, rounding)
            precision = p
    if not d._coef and d._exp > 0 and typ in 'fF%':
        d = _dec(d._sign, 0, 0)
    if zneg and not d._coef:
        neg = 0
    digits = str(d._coef)
    if d._coef == 0 and d._exp + 1 > 0 and False:
        pass
    left = d._exp + len(digits)
    if typ in 'eE':
        if not d._coef and precision is not None:
            dot = 1 - precision
        else:
            dot = 1
    elif typ in 'fF%':
        dot = left
    else:
        if d._exp <= 0 and left > -6:
            dot = left
        else:
            dot = 1
    if dot < 0:
        intpart = '0'
        frac = '0' * -dot + digits
    elif dot > len(digits):
        intpart = digits + '0' * (dot - len(digits))
        frac = ''
    else:
        intpart = digits[:dot] or '0'
        frac = digits[dot:]
    ex = left - dot
    if typ in 'eE' or (typ in 'gG' and ex != 0) or (default_type and ex != 0):
        echar = 'E' if typ in 'EG' else 'e'
        expstr = '%s%+d' % (echar, ex)
    else:
        expstr = ''
    if typ in 'eE' and precision is not None and len(frac) < precision and d._coef:
        frac += '0' * (precision - len(frac))
    if typ in 'fF%' and precision is not None and len(frac) < precision:
        frac += '0' * (precision - len(frac))
    if frac or alt:
        frac = '.' + frac
    tail = frac + expstr + ('%' if typ == '%' else '')
    signstr = '-' if neg else ('' if signopt == '-' else signopt)
    if zero_flag and width:
        minw = width - len(signstr) - len(tail)
        intpart = _group(intpart, grouping, minw)
        return signstr + intpart + tail
    intpart = _group(intpart, grouping, 0)
    return _pad(neg, intpart + tail, fill, align, signopt, width, signstr)


def _round_digits(d, p, rounding):
    # d rounded to p significant digits (a carry keeps p digits)
    d = d._rescale(d._exp + _ndigits(d._coef) - p, rounding)
    if _ndigits(d._coef) > p:
        d = _dec(d._sign, d._coef // 10, d._exp + 1)
    return d


def _pad(neg, body, fill, align, signopt, width, signstr=None):
    if signstr is None:
        signstr = '-' if neg else ('' if signopt == '-' else signopt)
    total = len(signstr) + len(body)
    if not width or total >= width:
        return signstr + body
    padn = width - total
    if align == '<':
        return signstr + body + fill * padn
    if align == '>':
        return fill * padn + signstr + body
    if align == '=':
        return signstr + fill * padn + body
    half = padn // 2
    return fill * half + signstr + body + fill * (padn - half)


# ---------------------------------------------------------------- Context

class _SignalDict(dict):
    """The flags and traps of a Context (printed as CPython prints them)."""

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % kv for kv in self.items()) + '}'

    def copy(self):
        return _SignalDict(self)


class Context(object):
    """The environment of decimal arithmetic: precision, rounding, exponent
    limits, and the signals' flags and traps."""

    __slots__ = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                 'flags', 'traps', '_invcond', '_plim', '_elo', '_ehi')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None,
                 _ignored_flags=None):
        dc = DefaultContext if _default_ready else None
        object.__setattr__(self, 'prec', 1)
        object.__setattr__(self, 'Emin', 0)
        object.__setattr__(self, 'Emax', 0)
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            if dc:
                t = _SignalDict(dc.traps)
            else:
                t = _SignalDict.fromkeys(_SIGNAL_LIST, False)
                t[InvalidOperation] = t[DivisionByZero] = t[Overflow] = True
        else:
            t = _signal_dict(traps)
        self.traps = t
        if flags is None:
            f = _SignalDict.fromkeys(_SIGNAL_LIST, False)
        else:
            f = _signal_dict(flags)
        self.flags = f
        self._invcond = 0

    def __setattr__(self, name, v):
        # the numeric attributes are validated here and read as plain slots
        if name in _CTX_VALIDATORS:
            v = _CTX_VALIDATORS[name](v)
            object.__setattr__(self, name, v)
            if name == 'prec' or name == 'Emin' or name == 'Emax':
                _ctx_limits(self)
            return
        if name == 'flags' or name == 'traps':
            v = v if type(v) is _SignalDict else _signal_dict(v)
        object.__setattr__(self, name, v)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _apply(self, status):
        """Set the flags of the conditions in status; raise the first
        trapped signal (CPython's order) with the list of trapped
        conditions as its argument."""
        flags = self.flags
        traps = self.traps
        raised = None
        if status & _S_ANYINVALID:
            self._invcond |= status & _S_ANYINVALID
        sigs = _STATUS_SIGNALS.get(status)
        if sigs is None:
            sigs = _STATUS_SIGNALS[status] = tuple(
                sig for sig, bits in _SIGNALS if status & bits)
        for sig in sigs:
            flags[sig] = True
            if raised is None and traps.get(sig):
                raised = sig
        if raised is not None:
            trapped = 0
            for sig, bits in _SIGNALS:
                if traps.get(sig):
                    trapped |= bits
            conds = [c for c, bit in _CONDITIONS if status & trapped & bit]
            raise raised(conds)

    def clear_flags(self):
        self._invcond = 0
        for k in self.flags:
            self.flags[k] = False

    def clear_traps(self):
        for k in self.traps:
            self.traps[k] = False

    def copy(self):
        c = _new(Context)
        st = object.__setattr__
        for k in Context.__slots__:
            st(c, k, getattr(self, k))
        st(c, 'flags', _SignalDict(self.flags))
        st(c, 'traps', _SignalDict(self.traps))
        return c

    __copy__ = copy

    def _shallow_copy(self):
        return self.copy()

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])' % (
                    self.prec, self.rounding, self.Emin, self.Emax,
                    self.capitals, self.clamp,
                    _repr_signals(self.flags, self._invcond),
                    _repr_signals(self.traps, 0)))

    def __reduce__(self):
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax,
                                 self.capitals, self.clamp,
                                 [s for s in _SIGNAL_LIST if self.flags.get(s)],
                                 [s for s in _SIGNAL_LIST if self.traps.get(s)]))

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            self._apply(_S_CONVSYNTAX)
            return _dec(0, 0, 0, _QNAN)
        d = Decimal(num, self)
        if d._special:
            if d._special >= _QNAN:
                return _fix_nan(d, self)
            return d
        r, st = _fix(d._sign, d._coef, d._exp, self, 0)
        if st:
            self._apply(st)
        return r

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        return self.create_decimal(d)

    # arithmetic, delegated to Decimal's methods with this context
    def _binary(self, op, a, b):
        r = op(_convert_strict(a), b, self)
        if r is NotImplemented:
            raise TypeError("conversion from %s to Decimal is not supported" % type(b).__name__)
        return r

    def abs(self, a):
        return _convert_strict(a).__abs__(context=self)

    def add(self, a, b):
        return self._binary(Decimal.__add__, a, b)

    def subtract(self, a, b):
        return self._binary(Decimal.__sub__, a, b)

    def multiply(self, a, b):
        return self._binary(Decimal.__mul__, a, b)

    def divide(self, a, b):
        return self._binary(Decimal.__truediv__, a, b)

    def divide_int(self, a, b):
        return self._binary(Decimal.__floordiv__, a, b)

    def remainder(self, a, b):
        return self._binary(Decimal.__mod__, a, b)

    def divmod(self, a, b):
        return self._binary(Decimal.__divmod__, a, b)

    def power(self, a, b, modulo=None):
        r = _convert_strict(a).__pow__(b, modulo, self)
        if r is NotImplemented:
            raise TypeError("conversion from %s to Decimal is not supported" % type(b).__name__)
        return r

    def plus(self, a):
        return _convert_strict(a).__pos__(self)

    def minus(self, a):
        return _convert_strict(a).__neg__(self)

    def fma(self, a, b, c):
        return _convert_strict(a).fma(b, c, self)

    def to_sci_string(self, a):
        return _convert_strict(a).__str__(False, self)

    def to_eng_string(self, a):
        return _convert_strict(a).__str__(True, self)

    def to_integral_value(self, a):
        return _convert_strict(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _convert_strict(a).to_integral_exact(context=self)

    def is_normal(self, a):
        return _convert_strict(a).is_normal(self)

    def is_subnormal(self, a):
        return _convert_strict(a).is_subnormal(self)

    def number_class(self, a):
        return _convert_strict(a).number_class(self)

    def radix(self):
        return Decimal(10)

    def __getattr__(self, name):
        # the remaining one- and two-operand methods of Decimal
        m = getattr(Decimal, name, None)
        if m is None or name.startswith('_'):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        ctx = self

        def method(a, *args):
            a = _convert_strict(a)
            try:
                return m(a, *args, context=ctx)
            except TypeError:
                return m(a, *args)
        return method


# libmpdec's condition order, in which CPython lists a context's signals
_REPR_POS = {Clamped: 1, DivisionByZero: 4, Inexact: 64, FloatOperation: 1024,
             Overflow: 2048, Rounded: 4096, Subnormal: 8192, Underflow: 16384}
_INV_POS = ((_S_CONVSYNTAX, 2), (_S_DIVIMPOSSIBLE, 8), (_S_DIVUNDEFINED, 16),
            (_S_INVCONTEXT, 128), (_S_INVALID, 256))


def _repr_signals(d, invcond):
    items = []
    for sig in _SIGNAL_LIST:
        if d.get(sig):
            if sig is InvalidOperation:
                pos = 2
                if invcond:
                    for bit, p in _INV_POS:
                        if invcond & bit:
                            pos = p
                            break
            else:
                pos = _REPR_POS[sig]
            items.append((pos, sig.__name__))
    items.sort()
    return ', '.join(n for _, n in items)


def _int_arg(v):
    if not isinstance(v, int):
        raise TypeError("an integer is required")
    return int(v)


def _check_prec(v):
    v = _int_arg(v)
    if not 1 <= v <= MAX_PREC:
        raise ValueError("valid range for prec is [1, MAX_PREC]")
    return v


def _check_emin(v):
    v = _int_arg(v)
    if not MIN_EMIN <= v <= 0:
        raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
    return v


def _check_emax(v):
    v = _int_arg(v)
    if not 0 <= v <= MAX_EMAX:
        raise ValueError("valid range for Emax is [0, MAX_EMAX]")
    return v


def _check_capitals(v):
    v = _int_arg(v)
    if v not in (0, 1):
        raise ValueError("valid values for capitals are 0 or 1")
    return v


def _check_clamp(v):
    v = _int_arg(v)
    if v not in (0, 1):
        raise ValueError("valid values for clamp are 0 or 1")
    return v


def _check_rounding(v):
    if not isinstance(v, str) or v not in _ROUNDINGS:
        raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
    for r in _ROUNDINGS:
        if r == v:
            return r
    return v


_CTX_VALIDATORS = {'prec': _check_prec, 'Emin': _check_emin, 'Emax': _check_emax,
                   'capitals': _check_capitals, 'clamp': _check_clamp,
                   'rounding': _check_rounding}


def _ctx_limits(c):
    # _fix's no-rounding test: coef < _plim and _elo <= exp <= _ehi
    st = object.__setattr__
    st(c, '_plim', _pow10(c.prec) if c.prec <= 5000 else 0)
    st(c, '_elo', c.Emin)
    st(c, '_ehi', c.Emax - c.prec + 1)


def _signal_dict(v):
    d = _SignalDict.fromkeys(_SIGNAL_LIST, False)
    if isinstance(v, dict):
        for k, x in v.items():
            if k not in _SIGBITS:
                raise KeyError("invalid signal dict")
            d[k] = bool(x)
    else:
        for k in v:
            if k not in _SIGBITS:
                raise TypeError("invalid signal")
            d[k] = True
    return d


_default_ready = False
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
                         Emax=999999, capitals=1, clamp=0,
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_default_ready = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_contexts = {}    # thread ident -> current Context


def getcontext():
    """The current thread's context."""
    try:
        return _contexts[_get_ident()]
    except KeyError:
        c = DefaultContext.copy()
        c.clear_flags()
        _contexts[_get_ident()] = c
        return c


def setcontext(context):
    """Make context the current thread's context."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _contexts[_get_ident()] = context
    _sp.invalidate()


class _ContextManager(object):
    __slots__ = ('new_context', 'saved_context')

    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


_CTX_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """A context manager making a copy of ctx (default: the current
    context), updated with kwargs, the current context inside the with."""
    if ctx is None:
        ctx = getcontext()
    m = _ContextManager(ctx)
    c = m.new_context
    for k, v in kwargs.items():
        if k not in _CTX_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if k in ('flags', 'traps'):
            setattr(c, k, _signal_dict(v))
        else:
            setattr(c, k, v)
    return m


import threading as _threading
# C fast paths (vm/modules/decimal_speedups.c): Decimal's arithmetic,
# comparisons, hash, conversions, quantize, __str__ and __new__ become C
# functions that do the
# common cases (finite operands with small coefficients under a plain
# context) and call the Python methods above for everything else.
if _sp.init(Decimal, Context, getcontext, None, None,
            Inexact, Rounded, _ROUNDINGS):
    if _sp.install(Decimal.__new__):
        Decimal.__new__ = staticmethod(_sp.new)
        _sp.fast_slots()
