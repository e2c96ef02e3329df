"""IANA time zones as datetime.tzinfo objects, read from the system's
TZif files (/usr/share/zoneinfo: Debian's tzdata package).

ZoneInfo(key) is cached per key; ZoneInfo.no_cache(key) and
ZoneInfo.from_file(fobj) build fresh instances.  Times past the last
transition of a file follow its POSIX TZ footer rule ("EST5EDT,M3.2.0,
M11.1.0").  Ambiguous and missing local times follow PEP 495: fold=0 takes
the offset in force before the transition, fold=1 the one after.
"""

import bisect
import os
import struct
import weakref
from collections import OrderedDict
from datetime import datetime, timedelta, tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]


class ZoneInfoNotFoundError(KeyError):
    """No time zone file was found for a key."""


class InvalidTZPathWarning(RuntimeWarning):
    """A relative path in PYTHONTZPATH was ignored."""


# ---- the search path ------------------------------------------------------------------

_DEFAULT_TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo',
                   '/usr/share/lib/zoneinfo', '/etc/zoneinfo')
_TZPATH = TZPATH = ()


def _absolute_paths(paths, warn):
    out = []
    for p in paths:
        if os.path.isabs(p):
            out.append(p)
        elif warn:
            import warnings
            warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                          "Paths should be absolute but found the following relative paths:"
                          "\n    " + p, InvalidTZPathWarning, stacklevel=3)
    return tuple(out)


def reset_tzpath(to=None):
    """Set the search path: to (absolute paths), else $PYTHONTZPATH, else
    the default."""
    global _TZPATH, TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        if not all(map(os.path.isabs, to)):
            raise ValueError(f"tzpaths must be absolute paths, not {[p for p in to if not os.path.isabs(p)]!r}")
        _TZPATH = TZPATH = tuple(to)
        return
    env = os.environ.get("PYTHONTZPATH")
    if env is not None:
        _TZPATH = _absolute_paths(env.split(os.pathsep), True) if env else ()
    else:
        _TZPATH = _DEFAULT_TZPATH
    TZPATH = _TZPATH


reset_tzpath()


def _check_key(key):
    if os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    norm = os.path.normpath(key)
    if len(norm) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    base = '/_zi_base_'
    if not os.path.normpath(os.path.join(base, norm)).startswith(base):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def _find_tzfile(key):
    _check_key(key)
    for root in _TZPATH:
        path = os.path.join(root, key)
        if os.path.isfile(path):
            return path
    return None


def available_timezones():
    """Every key a ZoneInfo can be built from on the search path."""
    zones = set()
    for root in _TZPATH:
        if not os.path.isdir(root):
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            if dirpath == root:
                for skip in ('right', 'posix'):
                    if skip in dirnames:
                        dirnames.remove(skip)
            for name in filenames:
                path = os.path.join(dirpath, name)
                key = os.path.relpath(path, root)
                if key in zones:
                    continue
                try:
                    with open(path, 'rb') as f:
                        if f.read(4) == b'TZif':
                            zones.add(key)
                except OSError:
                    continue
    zones.discard('posixrules')
    return zones


# ---- data -------------------------------------------------------------------------------

class _TTInfo:
    """One local time type: UTC offset, DST offset and abbreviation."""
    __slots__ = ('utcoff', 'dstoff', 'tzname')

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname

    def __eq__(self, other):
        return (self.utcoff, self.dstoff, self.tzname) == (other.utcoff, other.dstoff, other.tzname)


_EPOCH_ORDINAL = datetime(1970, 1, 1).toordinal()


def _local_seconds(dt):
    """Seconds from 1970-01-01 00:00 to dt's wall time (tzinfo ignored)."""
    return ((dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600
            + dt.minute * 60 + dt.second)


def _read_tzif(fobj):
    """(transitions in UTC seconds, ttinfo index per transition, utc
    offsets, isdst flags, abbreviations, TZ footer string or None)."""
    header = fobj.read(44)
    if len(header) < 44 or header[:4] != b'TZif':
        raise ValueError("Invalid TZif file: magic not found")
    version = header[4]
    counts = struct.unpack('>6l', header[20:44])

    def body(counts, time_size):
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
        fmt = 'q' if time_size == 8 else 'l'
        trans = list(struct.unpack('>%d%s' % (timecnt, fmt), fobj.read(timecnt * time_size)))
        idx = list(fobj.read(timecnt))
        types = [struct.unpack('>lbb', fobj.read(6)) for _ in range(typecnt)]
        chars = fobj.read(charcnt)
        fobj.read(leapcnt * (time_size + 4) + isstdcnt + isutcnt)
        return trans, idx, types, chars

    trans, idx, types, chars = body(counts, 4)
    footer = None
    if version >= 0x32:       # '2' and later: the 64-bit data follows
        header = fobj.read(44)
        if len(header) < 44 or header[:4] != b'TZif':
            raise ValueError("Invalid TZif file: magic not found")
        trans, idx, types, chars = body(struct.unpack('>6l', header[20:44]), 8)
        rest = fobj.read()
        if rest.startswith(b'\n'):
            footer = rest[1:rest.index(b'\n', 1)].decode('ascii') if b'\n' in rest[1:] else ''
    utcoffs = [t[0] for t in types]
    isdsts = [t[1] for t in types]
    names = []
    for t in types:
        end = chars.find(b'\0', t[2])
        names.append(chars[t[2]:end if end >= 0 else len(chars)].decode('ascii'))
    return trans, idx, utcoffs, isdsts, names, footer


def _dst_offsets(idx, utcoffs, isdsts):
    """The DST offset of each ttinfo, which TZif does not store: a DST
    type's UTC offset less that of a neighbouring standard type (one hour
    when no transition pairs it with one)."""
    dstoffs = [0] * len(isdsts)
    for i, t in enumerate(idx):
        if not isdsts[t] or dstoffs[t]:
            continue
        diff = 0
        if i > 0 and not isdsts[idx[i - 1]]:
            diff = utcoffs[t] - utcoffs[idx[i - 1]]
        if not diff and i + 1 < len(idx) and not isdsts[idx[i + 1]]:
            diff = utcoffs[t] - utcoffs[idx[i + 1]]
        dstoffs[t] = diff
    for t, dst in enumerate(isdsts):
        if dst and not dstoffs[t]:
            dstoffs[t] = 3600
    return dstoffs


# ---- POSIX TZ strings -----------------------------------------------------------------

class _Rule:
    """A DST boundary of a TZ string: 'Jn' (1..365, no Feb 29), 'n'
    (0..365) or 'Mm.w.d', plus the local time of day in seconds."""

    def __init__(self, spec, seconds):
        self.seconds = seconds
        if spec.startswith('M'):
            m, w, d = (int(x) for x in spec[1:].split('.'))
            if not (1 <= m <= 12 and 1 <= w <= 5 and 0 <= d <= 6):
                raise ValueError(f"Invalid dst start/end date: {spec}")
            self.kind, self.args = 'M', (m, w, d)
        elif spec.startswith('J'):
            n = int(spec[1:])
            if not 1 <= n <= 365:
                raise ValueError(f"Invalid dst start/end date: {spec}")
            self.kind, self.args = 'J', (n,)
        else:
            n = int(spec)
            if not 0 <= n <= 365:
                raise ValueError(f"Invalid dst start/end date: {spec}")
            self.kind, self.args = 'n', (n,)

    def local_seconds(self, year):
        """Wall-clock seconds since the epoch of this boundary in year."""
        jan1 = datetime(year, 1, 1).toordinal()
        if self.kind == 'J':
            n = self.args[0]
            leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
            ordinal = jan1 + n - 1 + (1 if leap and n >= 60 else 0)
        elif self.kind == 'n':
            ordinal = jan1 + self.args[0]
        else:
            m, w, d = self.args
            first = datetime(year, m, 1).toordinal()
            wday = first % 7                 # 0 = Sunday (ordinal 1 is a Monday)
            ordinal = first + (d - wday) % 7 + (w - 1) * 7
            nxt = datetime(year + (m == 12), m % 12 + 1, 1).toordinal()
            while ordinal >= nxt:
                ordinal -= 7
        return (ordinal - _EPOCH_ORDINAL) * 86400 + self.seconds


def _parse_offset(text, what):
    sign = 1
    if text[:1] in '+-':
        sign = -1 if text[0] == '-' else 1
        text = text[1:]
    parts = text.split(':')
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() and len(p) <= 3 for p in parts):
        raise ValueError(f"Invalid {what}: {text}")
    h, m, s = (int(p) for p in parts + ['0'] * (3 - len(parts)))
    return sign * (h * 3600 + m * 60 + s)


class _TZStr:
    """The rule of a TZ string footer for the times after the last
    transition."""

    def __init__(self, std, dst, start, end):
        self.std, self.dst, self.start, self.end = std, dst, start, end
        self.diff = int((dst.utcoff - std.utcoff).total_seconds())

    def _bounds(self, year):
        """UTC seconds of this year's DST start and end."""
        std = int(self.std.utcoff.total_seconds())
        dst = int(self.dst.utcoff.total_seconds())
        return self.start.local_seconds(year) - std, self.end.local_seconds(year) - dst

    @staticmethod
    def _within(ts, lo, hi):
        return lo <= ts < hi if lo < hi else not (hi <= ts < lo)

    def info(self, ts, year, fold):
        """The ttinfo for wall time ts: fold=0 moves each boundary to the
        wall time after the larger offset, fold=1 to the smaller."""
        start_utc, end_utc = self._bounds(year)
        std = int(self.std.utcoff.total_seconds())
        dst = int(self.dst.utcoff.total_seconds())
        pick = min if fold else max
        start = start_utc + pick(std, dst)
        end = end_utc + pick(std, dst)
        return self.dst if self._within(ts, start, end) else self.std

    def info_fromutc(self, ts, year):
        """(ttinfo, fold) for UTC time ts."""
        start, end = self._bounds(year)
        isdst = self._within(ts, start, end)
        # the repeated wall hour follows the change to the smaller offset
        if self.diff > 0:
            fold = end <= ts < end + self.diff
        else:
            fold = start <= ts < start - self.diff
        return (self.dst if isdst else self.std), fold


def _parse_tz_str(text):
    """A TZ string: a fixed _TTInfo, or a _TZStr with DST rules."""
    pos = 0

    def name():
        nonlocal pos
        if text[pos:pos + 1] == '<':
            end = text.index('>', pos)
            value, pos = text[pos + 1:end], end + 1
        else:
            end = pos
            while end < len(text) and text[end].isalpha():
                end += 1
            value, pos = text[pos:end], end
        if len(value) < 3:
            raise ValueError(f"Invalid STD format in {text}")
        return value

    def offset():
        nonlocal pos
        end = pos
        while end < len(text) and (text[end] in '+-:' or text[end].isdigit()):
            end += 1
        value, pos = text[pos:end], end
        return -_parse_offset(value, 'offset')

    std_name = name()
    std_off = offset()
    std = _TTInfo(timedelta(seconds=std_off), timedelta(0), std_name)
    if pos >= len(text):
        return std
    dst_name = name()
    if pos < len(text) and text[pos] != ',':
        dst_off = offset()
    else:
        dst_off = std_off + 3600
    if text[pos:pos + 1] != ',':
        raise ValueError(f"Invalid TZ string: {text}")
    rules = text[pos + 1:].split(',')
    if len(rules) != 2:
        raise ValueError(f"Invalid TZ string: {text}")
    parsed = []
    for rule in rules:
        spec, _, when = rule.partition('/')
        parsed.append(_Rule(spec, _parse_offset(when, 'time') if when else 7200))
    dst = _TTInfo(timedelta(seconds=dst_off), timedelta(seconds=dst_off - std_off), dst_name)
    return _TZStr(std, dst, parsed[0], parsed[1])


# ---- ZoneInfo ---------------------------------------------------------------------------

class ZoneInfo(tzinfo):
    """The time zone of an IANA key ('Europe/Paris')."""

    _strong_cache_size = 8
    _strong_cache = OrderedDict()
    _weak_cache = weakref.WeakValueDictionary()
    __module__ = "zoneinfo"

    def __init_subclass__(cls):
        cls._strong_cache = OrderedDict()
        cls._weak_cache = weakref.WeakValueDictionary()

    def __new__(cls, key):
        instance = cls._weak_cache.get(key)
        if instance is None:
            instance = cls._weak_cache.setdefault(key, cls._new_instance(key))
            instance._from_cache = True
        cls._strong_cache[key] = cls._strong_cache.pop(key, instance)
        if len(cls._strong_cache) > cls._strong_cache_size:
            cls._strong_cache.popitem(last=False)
        return instance

    @classmethod
    def no_cache(cls, key):
        obj = cls._new_instance(key)
        obj._from_cache = False
        return obj

    @classmethod
    def _new_instance(cls, key):
        obj = super().__new__(cls)
        obj._key = key
        path = _find_tzfile(key)
        if path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        with open(path, 'rb') as f:
            obj._load(f)
        return obj

    @classmethod
    def from_file(cls, fobj, /, key=None):
        obj = super().__new__(cls)
        obj._key = key
        obj._from_cache = False
        obj._load(fobj)
        obj._file_repr = repr(fobj)
        return obj

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._weak_cache = weakref.WeakValueDictionary()
            cls._strong_cache.clear()
        else:
            for key in only_keys:
                cls._weak_cache.pop(key, None)
                cls._strong_cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def _load(self, fobj):
        trans, idx, utcoffs, isdsts, names, footer = _read_tzif(fobj)
        dstoffs = _dst_offsets(idx, utcoffs, isdsts)
        types = [_TTInfo(timedelta(seconds=u), timedelta(seconds=d), n)
                 for u, d, n in zip(utcoffs, dstoffs, names)]
        self._trans_utc = trans
        self._ttinfos = [types[i] for i in idx]
        # wall-clock transition times for fold=0 (after the larger of the
        # two offsets) and fold=1 (the smaller)
        walls = ([], [])
        before = utcoffs[0] if utcoffs else 0
        for t, i in zip(trans, idx):
            after = utcoffs[i]
            walls[0].append(t + max(before, after))
            walls[1].append(t + min(before, after))
            before = after
        self._trans_wall = walls
        self._tti_before = next((types[i] for i, d in enumerate(isdsts) if not d),
                                types[0] if types else None)
        if footer:
            self._tz_after = _parse_tz_str(footer)
        else:
            if not types and not trans:
                raise ValueError("No time zone information found.")
            self._tz_after = self._ttinfos[-1] if self._ttinfos else types[0]
        self._fixed = (not trans and isinstance(self._tz_after, _TTInfo))

    def _info(self, dt):
        if dt is None:
            return self._tz_after if self._fixed else None
        ts = _local_seconds(dt)
        walls = self._trans_wall[dt.fold]
        if walls and ts < walls[0]:
            return self._tti_before
        if not walls or ts > walls[-1]:
            if isinstance(self._tz_after, _TZStr):
                return self._tz_after.info(ts, dt.year, dt.fold)
            return self._tz_after
        return self._ttinfos[bisect.bisect_right(walls, ts) - 1]

    def utcoffset(self, dt):
        tti = self._info(dt)
        return None if tti is None else tti.utcoff

    def dst(self, dt):
        tti = self._info(dt)
        return None if tti is None else tti.dstoff

    def tzname(self, dt):
        tti = self._info(dt)
        return None if tti is None else tti.tzname

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        ts = _local_seconds(dt)
        trans = self._trans_utc
        fold = False
        if trans and ts < trans[0]:
            tti = self._tti_before
        elif not trans or ts > trans[-1]:
            if isinstance(self._tz_after, _TZStr):
                tti, fold = self._tz_after.info_fromutc(ts, dt.year)
            else:
                tti = self._tz_after
        else:
            i = bisect.bisect_right(trans, ts)
            tti = self._ttinfos[i - 1]
            prev = self._ttinfos[i - 2] if i >= 2 else self._tti_before
            fold = (prev.utcoff - tti.utcoff).total_seconds() > ts - trans[i - 1]
        dt = dt + tti.utcoff
        return dt.replace(fold=1) if fold else dt

    def __str__(self):
        return str(self._key) if self._key is not None else repr(self)

    def __repr__(self):
        if self._key is not None:
            return f"{type(self).__module__}.{type(self).__qualname__}(key={self._key!r})"
        return f"{type(self).__module__}.{type(self).__qualname__}.from_file({self._file_repr})"

    def __reduce__(self):
        if self._key is None:
            import pickle
            raise pickle.PicklingError("Cannot pickle a ZoneInfo file from a file stream.")
        return (_unpickle, (type(self), self._key, self._from_cache))


def _unpickle(cls, key, from_cache, /):
    return cls(key) if from_cache else cls.no_cache(key)
