"""Dates and times (CPython 3.11's datetime module, written for coil).

Types: timedelta, date, time, datetime, tzinfo, timezone (utc and fixed
offsets).  Dates use the proleptic Gregorian calendar; ordinal 1 is
0001-01-01.  Every value is immutable; fields live in __slots__ and are
validated once, at construction (internal helpers build already-valid values
without re-checking)."""

import time as _time
import operator as _operator

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# _DAYS_BEFORE_MONTH[m]: days in months 1..m-1 of a non-leap year.
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MAX_ORDINAL = 3652059          # 9999-12-31
_US_PER_DAY = 86400 * 1000000

_MONTH_ABBR = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
               'Sep', 'Oct', 'Nov', 'Dec')
_MONTH_FULL = ('', 'January', 'February', 'March', 'April', 'May', 'June',
               'July', 'August', 'September', 'October', 'November',
               'December')
_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_DAY_FULL = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
             'Saturday', 'Sunday')


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _days_before_year(y):
    """Days in years 1..y-1."""
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


def _ymd2ord(y, m, d):
    return (_days_before_year(y) + _DAYS_BEFORE_MONTH[m]
            + (1 if m > 2 and _is_leap(y) else 0) + d)


def _ord2ymd(n):
    """Inverse of _ymd2ord for 1 <= n."""
    # Walk whole 400-, 100-, 4- and 1-year cycles (146097, 36524, 1461, 365
    # days); the last year of a 100- or 4-year cycle is one day longer, which
    # is why a quotient of 4 (or 4 years) means "the 31st of December".
    n -= 1
    c400, n = divmod(n, 146097)
    c100, n = divmod(n, 36524)
    c4, n = divmod(n, 1461)
    c1, n = divmod(n, 365)
    y = c400 * 400 + c100 * 100 + c4 * 4 + c1 + 1
    if c100 == 4 or c1 == 4:
        return y - 1, 12, 31
    m = 1
    while True:
        dim = _days_in_month(y, m)
        if n < dim:
            return y, m, n + 1
        n -= dim
        m += 1


def _iso_week1_monday(y):
    first = _ymd2ord(y, 1, 1)
    wd = (first + 6) % 7
    mon = first - wd
    if wd > 3:              # 1 January after Thursday: week 1 starts later
        mon += 7
    return mon


def _index(v):
    return _operator.index(v)


def _check_date(year, month, day):
    if month is None:
        raise TypeError("function missing required argument 'month' (pos 2)")
    if day is None:
        raise TypeError("function missing required argument 'day' (pos 3)")
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)


def _round_half_even(num, den):
    """num/den (den > 0) rounded to an int, ties to even."""
    q, r = divmod(num, den)
    r2 = 2 * r
    if r2 > den or (r2 == den and q % 2 == 1):
        q += 1
    return q


def _as_ratio(v):
    if isinstance(v, int):
        return v, 1
    if isinstance(v, float):
        return v.as_integer_ratio()
    raise TypeError("unsupported type for timedelta component: %s"
                    % type(v).__name__)


def _fmt_offset(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta offset; '' for None."""
    if off is None:
        return ''
    us = off._us
    sign = '+'
    if us < 0:
        sign = '-'
        us = -us
    s, us = divmod(us, 1000000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    r = '%s%02d%s%02d' % (sign, h, sep, m)
    if s or us:
        r += '%s%02d' % (sep, s)
        if us:
            r += '.%06d' % us
    return r


def _check_offset(name, off):
    if off is None:
        return
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(off).__name__))
    if not -_US_PER_DAY < off._us < _US_PER_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24), not %r."
                         % (off,))


# ---------------------------------------------------------------- timedelta

class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999),
    kept internally as one exact count of microseconds (_us)."""

    __slots__ = ('_us', '_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        # Exact rational sum in microseconds; fractional microseconds left
        # over from float arguments are rounded once, half to even.
        if (type(days) is int and type(seconds) is int
                and type(microseconds) is int and type(milliseconds) is int
                and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            us = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60
                  + seconds) * 1000000 + milliseconds * 1000 + microseconds
        else:
            num, den = 0, 1
            for v, mul in ((days, _US_PER_DAY), (seconds, 1000000),
                           (microseconds, 1), (milliseconds, 1000),
                           (minutes, 60000000), (hours, 3600000000),
                           (weeks, 7 * _US_PER_DAY)):
                if isinstance(v, timedelta) or not isinstance(v, (int, float)):
                    raise TypeError("unsupported type for timedelta %s "
                                    "component: %s" % (
                                        _COMPONENT_NAME[mul],
                                        type(v).__name__))
                n, d = _as_ratio(v)
                num = num * d + n * mul * den
                den *= d
            us = _round_half_even(num, den)
        return _td_from_us(us, cls)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s%s(%s)' % (_module_name(self), type(self).__qualname__,
                              ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            s = '%d day%s, ' % (self._days, plural) + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us + other._us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us - other._us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(other._us - self._us)
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._us)

    def __pos__(self):
        return self

    def __abs__(self):
        return _td_from_us(-self._us) if self._us < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._us * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_from_us(_round_half_even(self._us * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us // other._us
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(self._us // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us / other._us
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(_round_half_even(self._us * _sign(other),
                                                abs(other)))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError('division by zero')
            return _td_from_us(_round_half_even(self._us * d * _sign(n),
                                                abs(n)))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us % other._us)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us, other._us)
            return q, _td_from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us == other._us
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us != other._us
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us < other._us
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us <= other._us
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us > other._us
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us >= other._us
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds,
                                   self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._us != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


_COMPONENT_NAME = {_US_PER_DAY: 'days', 1000000: 'seconds', 1: 'microseconds',
                   1000: 'milliseconds', 60000000: 'minutes',
                   3600000000: 'hours', 7 * _US_PER_DAY: 'weeks'}


def _sign(n):
    return -1 if n < 0 else 1


def _module_name(obj):
    # CPython's types are C types named 'datetime.X'; a Python subclass's
    # repr shows its bare qualified name.
    return 'datetime.' if type(obj) in _BASE_TYPES else ''


def _td_from_us(us, cls=timedelta):
    """A timedelta of exactly us microseconds (OverflowError past the
    +-999999999-day range)."""
    d, rest = divmod(us, _US_PER_DAY)
    if not -999999999 <= d <= 999999999:
        raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
    s, u = divmod(rest, 1000000)
    self = object.__new__(cls)
    self._us = us
    self._days = d
    self._seconds = s
    self._microseconds = u
    self._hashcode = -1
    return self


timedelta.min = _td_from_us(-999999999 * _US_PER_DAY)
timedelta.max = _td_from_us(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(1)


# ---------------------------------------------------------------- strftime

def _wrap_strftime(fmt, y, mo, d, h, mi, s, us, ordinal, utcoff, tzname):
    """Expand fmt for the given broken-down fields (C-locale names)."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(fmt).__name__)
    wd = (ordinal + 6) % 7                 # Monday == 0
    yday = ordinal - _ymd2ord(y, 1, 1) + 1
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i >= n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == 'Y':
            out.append('%d' % y if y >= 1000 else '%d' % y)
        elif c == 'm':
            out.append('%02d' % mo)
        elif c == 'd':
            out.append('%02d' % d)
        elif c == 'e':
            out.append('%2d' % d)
        elif c == 'H':
            out.append('%02d' % h)
        elif c == 'I':
            out.append('%02d' % ((h + 11) % 12 + 1))
        elif c == 'M':
            out.append('%02d' % mi)
        elif c == 'S':
            out.append('%02d' % s)
        elif c == 'f':
            out.append('%06d' % us)
        elif c == 'a':
            out.append(_DAY_ABBR[wd])
        elif c == 'A':
            out.append(_DAY_FULL[wd])
        elif c == 'b' or c == 'h':
            out.append(_MONTH_ABBR[mo])
        elif c == 'B':
            out.append(_MONTH_FULL[mo])
        elif c == 'j':
            out.append('%03d' % yday)
        elif c == 'p':
            out.append('AM' if h < 12 else 'PM')
        elif c == 'y':
            out.append('%02d' % (y % 100))
        elif c == 'C':
            out.append('%02d' % (y // 100))
        elif c == 'w':
            out.append('%d' % ((wd + 1) % 7))
        elif c == 'u':
            out.append('%d' % (wd + 1))
        elif c == 'U':
            out.append('%02d' % ((yday + 6 - (wd + 1) % 7) // 7))
        elif c == 'W':
            out.append('%02d' % ((yday + 6 - wd) // 7))
        elif c == 'G' or c == 'V':
            iy, iw, _ = _isocal(ordinal, y)
            out.append('%d' % iy if c == 'G' else '%02d' % iw)
        elif c == 'z':
            out.append(_fmt_offset(utcoff, ''))
        elif c == 'Z':
            out.append(tzname or '')
        elif c == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (
                _DAY_ABBR[wd], _MONTH_ABBR[mo], d, h, mi, s, y))
        elif c == 'x':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif c == 'X':
            out.append('%02d:%02d:%02d' % (h, mi, s))
        elif c == 'D':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif c == 'F':
            out.append('%d-%02d-%02d' % (y, mo, d))
        elif c == 'T':
            out.append('%02d:%02d:%02d' % (h, mi, s))
        elif c == 'R':
            out.append('%02d:%02d' % (h, mi))
        elif c == 'n':
            out.append('\n')
        elif c == 't':
            out.append('\t')
        elif c == '%':
            out.append('%')
        else:
            out.append('%' + c)
    return ''.join(out)


def _isocal(ordinal, y):
    mon1 = _iso_week1_monday(y)
    week, day = divmod(ordinal - mon1, 7)
    if week < 0:
        y -= 1
        mon1 = _iso_week1_monday(y)
        week, day = divmod(ordinal - mon1, 7)
    elif week >= 52 and ordinal >= _iso_week1_monday(y + 1):
        y += 1
        week = 0
    return y, week + 1, day + 1


class IsoCalendarDate(tuple):
    """(year, week, weekday) with named fields, as date.isocalendar()."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return ('datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)'
                % (self[0], self[1], self[2]))

    def __reduce__(self):
        return (tuple, (tuple(self),))




# ---------------------------------------------------------------- ISO parsing

def _parse_iso_date(s):
    """(y, m, d) from 'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www[-D]', 'YYYYWww[D]';
    None when s is not one of these."""
    n = len(s)
    if n < 7 or not s[:4].isdigit() or not s[:4].isascii():
        return None
    y = int(s[:4])
    ext = s[4] == '-'
    rest = s[5:] if ext else s[4:]
    if rest[:1] == 'W':
        w = rest[1:3]
        tail = rest[3:]
        if not (len(w) == 2 and w.isdigit() and w.isascii()):
            return None
        if tail:
            if ext:
                if tail[:1] != '-':
                    return None
                tail = tail[1:]
            if not (len(tail) == 1 and tail.isdigit()):
                return None
            wd = int(tail)
        else:
            wd = 1
        return _iso_to_ymd(y, int(w), wd)
    if ext:
        if len(rest) != 5 or rest[2] != '-':
            return None
        mm, dd = rest[:2], rest[3:]
    else:
        if len(rest) != 4:
            return None
        mm, dd = rest[:2], rest[2:]
    if not (mm.isdigit() and dd.isdigit() and mm.isascii() and dd.isascii()):
        return None
    return y, int(mm), int(dd)


def _iso_to_ymd(y, week, wd):
    if not 0 < week < 53:
        ok = False
        if week == 53:
            # Only years starting on a Thursday (or Wednesday in leap
            # years) have a week 53.
            first = (_ymd2ord(y, 1, 1) + 6) % 7
            ok = first == 3 or (first == 2 and _is_leap(y))
        if not ok:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < wd < 8:
        raise ValueError('Invalid weekday: %d (range is [1, 7])' % wd)
    return _ord2ymd(_iso_week1_monday(y) + (week - 1) * 7 + wd - 1)


def _parse_hms(s):
    """[h, m, s, us] from 'HH[:MM[:SS[.fff[fff]]]]' or its basic form."""
    fields = [0, 0, 0, 0]
    pos = 0
    n = len(s)
    for k in range(3):
        part = s[pos:pos + 2]
        if len(part) != 2 or not part.isdigit() or not part.isascii():
            raise ValueError
        fields[k] = int(part)
        pos += 2
        if pos >= n:
            return fields
        c = s[pos]
        if k < 2 and c == ':':
            pos += 1
        elif k == 2:
            break
    if pos < n:
        if s[pos] not in '.,':
            raise ValueError
        frac = s[pos + 1:]
        if not frac or not frac.isdigit() or not frac.isascii():
            raise ValueError
        digits = frac[:6]
        fields[3] = int(digits) * 10 ** (6 - len(digits))
    return fields


def _parse_iso_time(s):
    """(h, m, s, us, tzinfo) for an ISO time with an optional offset."""
    tz = None
    cut = -1
    for i, c in enumerate(s):
        if c in '+-Z':
            cut = i
            break
    if cut >= 0:
        tzs = s[cut:]
        s = s[:cut]
        if tzs == 'Z':
            tz = timezone.utc
        else:
            if tzs[0] == 'Z':
                raise ValueError
            h, m, sec, us = _parse_hms(tzs[1:])
            off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
            if tzs[0] == '-':
                off = -off
            tz = timezone.utc if not off else timezone(off)
    hh, mm, ss, us = _parse_hms(s)
    return hh, mm, ss, us, tz


# ---------------------------------------------------------------- date

class date:
    """A calendar date (year, month, day) in the proleptic Gregorian
    calendar."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if (month is None and isinstance(year, (bytes, str))
                and len(year) == 4 and 1 <= ord(year[2:3]) <= 12):
            # the pickle state (see __reduce__)
            b = _state_bytes(year, 'date')
            return _mk_date(cls, b[0] * 256 + b[1], b[2], b[3])
        year, month, day = _check_date(year, month, day)
        return _mk_date(cls, year, month, day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(_int_timestamp(t))[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(s) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % (s,))
        try:
            ymd = _parse_iso_date(s)
        except ValueError:
            ymd = None
        if ymd is None:
            raise ValueError('Invalid isoformat string: %r' % (s,))
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        return cls(*_iso_to_ymd(year, week, day))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_isocal(self.toordinal(), self._year))

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return '%s%s(%d, %d, %d)' % (_module_name(self),
                                      type(self).__qualname__,
                                      self._year, self._month, self._day)

    def ctime(self):
        wd = (self.toordinal() + 6) % 7
        return '%s %s %2d 00:00:00 %04d' % (_DAY_ABBR[wd],
                                            _MONTH_ABBR[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(fmt, self._year, self._month, self._day,
                              0, 0, 0, 0, self.toordinal(), None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0,
                                  0, self.weekday(),
                                  self.toordinal()
                                  - _ymd2ord(self._year, 1, 1) + 1, -1))

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = _ymd2ord(self._year, self._month, self._day) + other._days
            if not 0 < o <= _MAX_ORDINAL:
                raise OverflowError('date value out of range')
            if type(self) is date:
                return _mk_date(date, *_ord2ymd(o))
            return type(self)(*_ord2ymd(o))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        # CPython's pickle state: bytes (year high, year low, month, day)
        return (type(self), (bytes((self._year >> 8, self._year & 255,
                                    self._month, self._day)),))


def _state_bytes(state, kind):
    if isinstance(state, str):
        try:
            return state.encode('latin1')
        except UnicodeEncodeError:
            raise ValueError(
                "Failed to encode latin1 string when unpickling a %s object. "
                "pickle.load(data, encoding='latin1') is assumed." % kind)
    return state


def _state_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('bad tzinfo state arg')
    return tz


def _mk_date(cls, y, m, d):
    self = object.__new__(cls)
    self._year = y
    self._month = m
    self._day = d
    self._hashcode = -1
    return self


def _int_timestamp(t):
    if not isinstance(t, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(t).__name__)
    if t != t:
        raise ValueError('Invalid value NaN (not a number)')
    return int(t // 1) if isinstance(t, float) else t


date.min = _mk_date(date, 1, 1, 1)
date.max = _mk_date(date, 9999, 12, 31)
date.resolution = timedelta(days=1)


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base class for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc() requires a non-None utcoffset() '
                             'result')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent '
                                 'results; cannot convert')
        return dt + dst


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta,'
                            ' not %s' % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % type(name).__name__)
        if name is None and not offset and cls is timezone:
            return timezone.utc
        if not -_US_PER_DAY < offset._us < _US_PER_DAY:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24),'
                             ' not %r.' % (offset,))
        return _mk_timezone(cls, offset, name)

    def utcoffset(self, dt):
        if dt is None or isinstance(dt, datetime):
            return self._offset
        raise TypeError('utcoffset() argument must be a datetime instance or'
                        ' None')

    def dst(self, dt):
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError('dst() argument must be a datetime instance or None')

    def tzname(self, dt):
        if dt is None or isinstance(dt, datetime):
            if self._name is not None:
                return self._name
            return self._default_name()
        raise TypeError('tzname() argument must be a datetime instance or'
                        ' None')

    def _default_name(self):
        if not self._offset:
            return 'UTC'
        return 'UTC' + _fmt_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance'
                            ' or None')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s%s(%r)' % (_module_name(self), type(self).__qualname__,
                                  self._offset)
        return '%s%s(%r, %r)' % (_module_name(self), type(self).__qualname__,
                                  self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())


def _mk_timezone(cls, offset, name):
    self = object.__new__(cls)
    self._offset = offset
    self._name = name
    return self


timezone.utc = _mk_timezone(timezone, timedelta(0), None)
timezone.min = _mk_timezone(timezone, -timedelta(hours=23, minutes=59), None)
timezone.max = _mk_timezone(timezone, timedelta(hours=23, minutes=59), None)
UTC = timezone.utc


# ---------------------------------------------------------------- time

class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if (isinstance(hour, (bytes, str)) and len(hour) == 6
                and ord(hour[0:1]) & 0x7F < 24):
            # the pickle state (see __reduce_ex__); the tzinfo comes second
            b = _state_bytes(hour, 'time')
            h = b[0]
            fold = 0
            if h > 127:
                h -= 128
                fold = 1
            return _mk_time(cls, h, b[1], b[2], (b[3] << 16) | (b[4] << 8) | b[5],
                            _state_tzinfo(None if type(minute) is int
                                          and minute == 0 else minute), fold)
        hour, minute, second, microsecond, fold = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _mk_time(cls, hour, minute, second, microsecond, tzinfo, fold)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        t = s[1:] if s[:1] == 'T' else s
        try:
            h, m, sec, us, tz = _parse_iso_time(t)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (s,)) from None
        return cls(h, m, sec, us, tz)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(None)
        _check_offset('utcoffset', off)
        return off

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(None)
        _check_offset('dst', off)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def isoformat(self, timespec='auto'):
        s = _fmt_time(self._hour, self._minute, self._second,
                      self._microsecond, timespec)
        return s + _fmt_offset(self.utcoffset())

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second,
                                    self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return '%s%s(%s)' % (_module_name(self), type(self).__qualname__, s)

    def strftime(self, fmt):
        return _wrap_strftime(fmt, 1900, 1, 1, self._hour, self._minute,
                              self._second, self._microsecond,
                              _ymd2ord(1900, 1, 1), self.utcoffset(),
                              self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60
                + self._second) * 1000000 + self._microsecond

    def _cmp(self, other, op):
        if self._tzinfo is other._tzinfo:
            a = self._us()
            b = other._us()
        else:
            ao = self.utcoffset()
            bo = other.utcoffset()
            if ao == bo:
                a = self._us()
                b = other._us()
            elif ao is None or bo is None:
                if op == 2:
                    return False
                if op == 3:
                    return True
                raise TypeError("can't compare offset-naive and offset-aware"
                                " times")
            else:
                a = self._us() - ao._us
                b = other._us() - bo._us
        return _compare(a, b, op)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 2)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 3)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 0)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 1)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 4)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 5)
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            us = self._us()
            if off is not None:
                us -= off._us
            self._hashcode = hash(us)
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        # CPython's pickle state: bytes (hour (+128 for fold=1 from
        # protocol 4 on), minute, second, 3 bytes of microsecond), then the
        # tzinfo if any
        h = self._hour
        if self._fold and protocol > 3:
            h += 128
        us = self._microsecond
        b = bytes((h, self._minute, self._second, us >> 16, (us >> 8) & 255,
                   us & 255))
        if self._tzinfo is None:
            return (type(self), (b,))
        return (type(self), (b, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _compare(a, b, op):
    if op == 0:
        return a < b
    if op == 1:
        return a <= b
    if op == 2:
        return a == b
    if op == 3:
        return a != b
    if op == 4:
        return a > b
    return a >= b


def _mk_time(cls, h, m, s, us, tz, fold):
    self = object.__new__(cls)
    self._hour = h
    self._minute = m
    self._second = s
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _fmt_time(h, m, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % h
    if timespec == 'minutes':
        return '%02d:%02d' % (h, m)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (h, m, s)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (h, m, s, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (h, m, s, us)
    raise ValueError('Unknown timespec value')


time.min = _mk_time(time, 0, 0, 0, 0, None, 0)
time.max = _mk_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime

class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if (isinstance(year, (bytes, str)) and len(year) == 10
                and 1 <= ord(year[2:3]) & 0x7F <= 12):
            # the pickle state (see __reduce_ex__); the tzinfo comes second
            b = _state_bytes(year, 'datetime')
            mo = b[2]
            fold = 0
            if mo > 127:
                mo -= 128
                fold = 1
            return _mk_datetime(cls, b[0] * 256 + b[1], mo, b[3], b[4], b[5],
                                b[6], (b[7] << 16) | (b[8] << 8) | b[9],
                                _state_tzinfo(month), fold)
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _mk_datetime(cls, year, month, day, hour, minute, second,
                            microsecond, tzinfo, fold)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # -- construction

    @classmethod
    def _from_ts(cls, t, utc, tz):
        if not isinstance(t, (int, float)):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(t).__name__)
        if isinstance(t, float):
            if t != t:
                raise ValueError('Invalid value NaN (not a number)')
            # Whole seconds toward -inf, microseconds rounded half-even.
            secs = int(t // 1)
            us = round((t - secs) * 1e6)
            if us >= 1000000:
                secs += 1
                us -= 1000000
        else:
            secs = t
            us = 0
        if utc:
            days, rest = divmod(secs, 86400)
            o = days + 719163             # ordinal of 1970-01-01
            if not 0 < o <= _MAX_ORDINAL:
                raise ValueError('year is out of range')
            y, m, d = _ord2ymd(o)
            hh, rest = divmod(rest, 3600)
            mm, ss = divmod(rest, 60)
        else:
            y, m, d, hh, mm, ss = _time.localtime(secs)[:6]
        result = cls(y, m, d, hh, mm, ss, us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_ts(t, False, None)
        return tz.fromutc(cls._from_ts(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_ts(t, True, None)

    @classmethod
    def now(cls, tz=None):
        if tz is None and cls is datetime and _sp_now is not None:
            r = _sp_now(False)
            if r is not None:
                return r
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        if cls is datetime and _sp_now is not None:
            r = _sp_now(True)
            if r is not None:
                return r
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError('combine() argument 1 must be datetime.date, not '
                            '%s' % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError('combine() argument 2 must be datetime.time, not '
                            '%s' % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_._tzinfo
        return cls(date_._year, date_._month, date_._day, time_._hour,
                   time_._minute, time_._second, time_._microsecond, tzinfo,
                   fold=time_._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            ymd = None
            rest = ''
            # The date part is 10 ('YYYY-MM-DD', 'YYYY-Www-D'), 8
            # ('YYYYMMDD', 'YYYY-Www', 'YYYYWwwD') or 7 ('YYYYWww') long.
            for n in (10, 8, 7):
                if len(s) < n:
                    continue
                if len(s) > n and s[n].isdigit() and n != 10:
                    continue
                try:
                    ymd = _parse_iso_date(s[:n])
                except ValueError:
                    ymd = None
                if ymd is not None:
                    rest = s[n + 1:]
                    if len(s) > n and not rest:
                        ymd = None
                        continue
                    break
            if ymd is None:
                raise ValueError
            if rest:
                h, m, sec, us, tz = _parse_iso_time(rest)
            else:
                h = m = sec = us = 0
                tz = None
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (s,)) from None
        return cls(ymd[0], ymd[1], ymd[2], h, m, sec, us, tz)

    @classmethod
    def strptime(cls, data, fmt):
        return _strptime(cls, data, fmt)

    # -- accessors

    def date(self):
        return _mk_date(date, self._year, self._month, self._day)

    def time(self):
        return _mk_time(time, self._hour, self._minute, self._second,
                        self._microsecond, None, self._fold)

    def timetz(self):
        return _mk_time(time, self._hour, self._minute, self._second,
                        self._microsecond, self._tzinfo, self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(self)
        _check_offset('utcoffset', off)
        return off

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(self)
        _check_offset('dst', off)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, "
                            "not '%s'" % type(name).__name__)
        return name

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((
            self._year, self._month, self._day, self._hour, self._minute,
            self._second, self.weekday(),
            self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _time.struct_time((
            dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second,
            dt.weekday(), dt.toordinal() - _ymd2ord(dt._year, 1, 1) + 1, 0))

    def _local_seconds(self):
        """Seconds since the epoch of this naive local time (mktime)."""
        t = _time.mktime((self._year, self._month, self._day, self._hour,
                          self._minute, self._second, 0, 0, -1))
        return int(t)

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _naive_us(self):
        return ((_ymd2ord(self._year, self._month, self._day) * 86400
                 + self._hour * 3600
                 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError('astimezone() argument 1 must be datetime.tzinfo,'
                            ' not %s' % type(tz).__name__)
        off = self.utcoffset()
        if off is None:
            local = self._local_timezone()
            off = local._offset
            src = self.replace(tzinfo=local)
        else:
            src = self
        if tz is src._tzinfo:
            return src
        utc = (src - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._local_seconds()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        lt = _time.localtime(ts)
        return timezone(timedelta(seconds=lt.tm_gmtoff), lt.tm_zone)

    # -- formatting

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode '
                            'character, not %s' % type(sep).__name__)
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        s += _fmt_time(self._hour, self._minute, self._second,
                       self._microsecond, timespec)
        return s + _fmt_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        f = [self._year, self._month, self._day, self._hour, self._minute,
             self._second, self._microsecond]
        if not f[6]:
            del f[6]
            if not f[5]:
                del f[5]
        s = '%s%s(%s' % (_module_name(self), type(self).__qualname__,
                          ', '.join(map(str, f)))
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def ctime(self):
        wd = (self.toordinal() + 6) % 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_ABBR[wd], _MONTH_ABBR[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(fmt, self._year, self._month, self._day,
                              self._hour, self._minute, self._second,
                              self._microsecond, self.toordinal(),
                              self.utcoffset(), self.tzname())

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second,
                          microsecond, tzinfo, fold=fold)

    # -- arithmetic

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._naive_us() + other._us
        o, rest = divmod(us, _US_PER_DAY)
        if not 0 < o <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(o)
        s, u = divmod(rest, 1000000)
        mi, s = divmod(s, 60)
        h, mi = divmod(mi, 60)
        if type(self) is datetime:
            return _mk_datetime(datetime, y, m, d, h, mi, s, u, self._tzinfo, 0)
        return type(self)(y, m, d, h, mi, s, u, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + (-other)
        if not isinstance(other, datetime):
            return NotImplemented
        a = self._naive_us()
        b = other._naive_us()
        if self._tzinfo is not other._tzinfo:
            ao = self.utcoffset()
            bo = other.utcoffset()
            if (ao is None) != (bo is None):
                raise TypeError("can't subtract offset-naive and "
                                "offset-aware datetimes")
            if ao is not None:
                a -= ao._us
                b -= bo._us
        return _td_from_us(a - b)

    # -- comparison

    def _cmp(self, other, op):
        a = self._naive_us()
        b = other._naive_us()
        if self._tzinfo is not other._tzinfo:
            ao = self.utcoffset()
            bo = other.utcoffset()
            if (ao is None) != (bo is None):
                if op == 2:
                    return False
                if op == 3:
                    return True
                raise TypeError("can't compare offset-naive and offset-aware"
                                " datetimes")
            if ao is not None:
                a -= ao._us
                b -= bo._us
        return _compare(a, b, op)

    def _cmp_other(self, other, op):
        if isinstance(other, datetime):
            return self._cmp(other, op)
        if isinstance(other, date):
            if op == 2:
                return False
            if op == 3:
                return True
            raise TypeError("can't compare %s to %s" % (
                'datetime.datetime', 'datetime.date'))
        return NotImplemented

    def __eq__(self, other):
        return self._cmp_other(other, 2)

    def __ne__(self, other):
        return self._cmp_other(other, 3)

    def __lt__(self, other):
        return self._cmp_other(other, 0)

    def __le__(self, other):
        return self._cmp_other(other, 1)

    def __gt__(self, other):
        return self._cmp_other(other, 4)

    def __ge__(self, other):
        return self._cmp_other(other, 5)

    def __hash__(self):
        if self._hashcode == -1:
            us = self._naive_us()
            off = self.utcoffset()
            if off is not None:
                us -= off._us
            self._hashcode = hash(us)
        return self._hashcode

    def __reduce_ex__(self, protocol):
        # CPython's pickle state: bytes (year high, year low, month (+128
        # for fold=1 from protocol 4 on), day, hour, minute, second, 3 bytes
        # of microsecond), then the tzinfo if any
        mo = self._month
        if self._fold and protocol > 3:
            mo += 128
        us = self._microsecond
        b = bytes((self._year >> 8, self._year & 255, mo, self._day,
                   self._hour, self._minute, self._second, us >> 16,
                   (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (type(self), (b,))
        return (type(self), (b, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _mk_datetime(cls, y, mo, d, h, mi, s, us, tz, fold):
    self = object.__new__(cls)
    self._year = y
    self._month = mo
    self._day = d
    self._hour = h
    self._minute = mi
    self._second = s
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


datetime.min = _mk_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _mk_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None,
                            0)
datetime.resolution = timedelta(microseconds=1)

_BASE_TYPES = (timedelta, date, time, datetime, timezone)

# C fast paths (vm/modules/datetime_speedups.c) for the common cases of
# timedelta(), date/datetime + timedelta, weekday(), toordinal(),
# isoformat() and now(); the Python code above stays every case's fallback.
try:
    import _datetime_speedups as _sp
except ImportError:
    _sp = None
_sp_now = None
if _sp is not None and _sp.init(timedelta, date, datetime, timedelta.__new__,
                                 datetime.now.__func__):
    timedelta.__new__ = staticmethod(_sp.td_new)
    _sp_now = _sp.now
_EPOCH = _mk_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, timezone.utc, 0)


# ---------------------------------------------------------------- strptime

# Regular expressions for each directive (C-locale names, matched without
# regard to case).  Numeric ones accept exactly the ranges CPython accepts so
# that an out-of-range field is a "does not match" error, as there.
_STRP_RE = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]'
         r'|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'a': r'(?P<a>' + '|'.join(_DAY_FULL + _DAY_ABBR) + ')',
    'A': r'(?P<A>' + '|'.join(_DAY_FULL + _DAY_ABBR) + ')',
    'b': r'(?P<b>' + '|'.join(_MONTH_FULL[1:] + _MONTH_ABBR[1:]) + ')',
    'B': r'(?P<B>' + '|'.join(_MONTH_FULL[1:] + _MONTH_ABBR[1:]) + ')',
    'p': r'(?P<p>am|pm)',
    'Z': r'(?P<Z>utc|gmt)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    '%': '%',
}
_strp_cache = {}


def _strp_compile(fmt):
    import re
    pat = _strp_cache.get(fmt)
    if pat is not None:
        return pat
    out = []
    seen = set()
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c == '%':
            if i >= n:
                raise ValueError("stray % in format '%s'" % fmt)
            c = fmt[i]
            i += 1
            if c == 'h':
                c = 'b'
            r = _STRP_RE.get(c)
            if r is None:
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (c, '%' + c))
            if c in seen and c != '%':
                # A repeated directive must match the same text again.
                out.append('(?P=%s)' % c)
            else:
                out.append(r)
                seen.add(c)
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r'\s+')
        else:
            out.append(re.escape(c))
    pat = re.compile(''.join(out), re.IGNORECASE)
    _strp_cache[fmt] = pat
    return pat


def _strptime(cls, data, fmt):
    if not isinstance(data, str):
        raise TypeError('strptime() argument 1 must be str, not %s'
                        % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not %s'
                        % type(fmt).__name__)
    mt = _strp_compile(fmt).match(data)
    if mt is None:
        raise ValueError('time data %r does not match format %r'
                         % (data, fmt))
    if mt.end() != len(data):
        raise ValueError('unconverted data remains: %s' % data[mt.end():])
    g = mt.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = us = 0
    tz = None
    yday = None
    if g.get('Y') is not None:
        year = int(g['Y'])
    elif g.get('y') is not None:
        year = int(g['y'])
        year += 2000 if year < 69 else 1900
    if g.get('m') is not None:
        month = int(g['m'])
    for k in ('B', 'b'):
        if g.get(k) is not None:
            name = g[k].lower()
            for idx in range(1, 13):
                if name == _MONTH_FULL[idx].lower() or \
                        name == _MONTH_ABBR[idx].lower():
                    month = idx
    if g.get('d') is not None:
        day = int(g['d'])
    if g.get('H') is not None:
        hour = int(g['H'])
    elif g.get('I') is not None:
        hour = int(g['I']) % 12
        if (g.get('p') or 'am').lower() == 'pm':
            hour += 12
    if g.get('M') is not None:
        minute = int(g['M'])
    if g.get('S') is not None:
        second = int(g['S'])
        if second > 59:
            second = 59
    if g.get('f') is not None:
        f = g['f']
        us = int(f) * 10 ** (6 - len(f))
    if g.get('j') is not None:
        yday = int(g['j'])
    z = g.get('z')
    if z is not None:
        if z == 'Z':
            off = timedelta(0)
        else:
            body = z[1:].replace(':', '')
            secs = int(body[0:2]) * 3600 + int(body[2:4]) * 60
            fr = 0
            if len(body) > 4:
                secs += int(body[4:6])
                if len(body) > 7:
                    fs = body[7:]
                    fr = int(fs) * 10 ** (6 - len(fs))
            off = timedelta(seconds=secs, microseconds=fr)
            if z[0] == '-':
                off = -off
        tzn = g.get('Z')
        tz = timezone(off, tzn) if tzn is not None else timezone(off)
    if yday is not None and g.get('m') is None and g.get('b') is None \
            and g.get('B') is None and g.get('d') is None:
        o = _ymd2ord(year, 1, 1) + yday - 1
        year, month, day = _ord2ymd(o)
    return cls(year, month, day, hour, minute, second, us, tz)
