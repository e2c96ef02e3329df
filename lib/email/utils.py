"""Miscellaneous email utilities: addresses, dates, message ids, quoting
and RFC 2231 parameter values."""

__all__ = ['collapse_rfc2231_value', 'decode_params', 'decode_rfc2231',
           'encode_rfc2231', 'formataddr', 'formatdate', 'format_datetime',
           'getaddresses', 'make_msgid', 'mktime_tz', 'parseaddr', 'parsedate',
           'parsedate_tz', 'parsedate_to_datetime', 'unquote', 'quote',
           'localtime']

import os
import re
import time
import random
import socket
import datetime
import calendar
import urllib.parse

from email.charset import Charset

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"

specialsre = re.compile(r'[][\\()<>@,:;".]')
escapesre = re.compile(r'[\\"]')


def _has_surrogates(s):
    """True if s holds surrogate-escaped (undecodable) bytes."""
    try:
        s.encode()
        return False
    except UnicodeEncodeError:
        return True


def _sanitize(string):
    original_bytes = string.encode('utf-8', 'surrogateescape')
    return original_bytes.decode('utf-8', 'replace')


# ---- quoting

def quote(str):
    """Backslash-escape backslashes and double quotes."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    """Remove one level of "..." (unescaping) or <...> around str."""
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str.startswith('<') and str.endswith('>'):
            return str[1:-1]
    return str


# ---- addresses

def formataddr(pair, charset='utf-8'):
    """'Name <addr>' (name quoted if it has specials, RFC 2047 encoded if
    non-ASCII) or just addr for an empty name."""
    name, address = pair
    address.encode('ascii')
    if name:
        try:
            name.encode('ascii')
        except UnicodeEncodeError:
            if isinstance(charset, str):
                charset = Charset(charset)
            encoded_name = charset.header_encode(name)
            return "%s <%s>" % (encoded_name, address)
        quotes = ''
        if specialsre.search(name):
            quotes = '"'
        name = escapesre.sub(r'\\\g<0>', name)
        return '%s%s%s <%s>' % (quotes, name, quotes, address)
    return address


class _AddrParser:
    """RFC 2822 address-list reader: addresslist is a list of (name, addr)."""

    SPECIALS = '()<>@,:;."[]'
    LWS = ' \t'
    CR = '\r\n'

    def __init__(self, field):
        self.s = field
        self.pos = 0
        self.comments = []
        self.addresslist = []
        while self.pos < len(self.s):
            self.addresslist.extend(self._address() or [('', '')])

    def _skip(self):
        # skip whitespace, collecting comments; returns the whitespace
        ws = []
        while self.pos < len(self.s):
            c = self.s[self.pos]
            if c in self.LWS + '\n\r':
                ws.append(c)
                self.pos += 1
            elif c == '(':
                self.comments.append(self._delimited('(', ')', True))
            else:
                break
        return ''.join(ws)

    def _delimited(self, open_, close, nest):
        # the text between open_ (at pos) and its close, unescaped
        depth = 0
        out = []
        self.pos += 1
        while self.pos < len(self.s):
            c = self.s[self.pos]
            if c == '\\':
                self.pos += 1
                if self.pos < len(self.s):
                    out.append(self.s[self.pos])
            elif c == close:
                if depth == 0:
                    self.pos += 1
                    return ''.join(out)
                depth -= 1
                out.append(c)
            elif nest and c == open_:
                depth += 1
                out.append(c)
            else:
                out.append(c)
            self.pos += 1
        return ''.join(out)

    def _atom(self, ends):
        start = self.pos
        while self.pos < len(self.s) and self.s[self.pos] not in ends:
            self.pos += 1
        return self.s[start:self.pos]

    def _phrase(self):
        words = []
        ends = self.SPECIALS.replace('.', '') + self.LWS + self.CR
        while self.pos < len(self.s):
            c = self.s[self.pos]
            if c in self.LWS + '\n\r':
                self.pos += 1
            elif c == '"':
                words.append(self._delimited('"', '"', False))
            elif c == '(':
                self.comments.append(self._delimited('(', ')', True))
            elif c in ends:
                break
            else:
                words.append(self._atom(ends))
        return words

    def _addrspec(self):
        local = []
        atomends = self.SPECIALS + self.LWS + self.CR
        self._skip()
        while self.pos < len(self.s):
            c = self.s[self.pos]
            preserve_ws = True
            if c == '.':
                if local and not local[-1].strip():
                    local.pop()
                local.append('.')
                self.pos += 1
                preserve_ws = False
            elif c == '"':
                local.append('"%s"' % quote(self._delimited('"', '"', False)))
            elif c in atomends:
                if local and not local[-1].strip():
                    local.pop()
                break
            else:
                local.append(self._atom(atomends))
            ws = self._skip()
            if preserve_ws and ws:
                local.append(ws)
        if self.pos >= len(self.s) or self.s[self.pos] != '@':
            return EMPTYSTRING.join(local)
        self.pos += 1
        self._skip()
        domain = self._domain()
        if not domain:
            return EMPTYSTRING
        return EMPTYSTRING.join(local) + '@' + domain

    def _domain(self):
        parts = []
        atomends = self.SPECIALS + self.LWS + self.CR
        while self.pos < len(self.s):
            c = self.s[self.pos]
            if c in self.LWS + '\n\r':
                self.pos += 1
            elif c == '(':
                self.comments.append(self._delimited('(', ')', True))
            elif c == '[':
                parts.append('[%s]' % self._delimited('[', ']', False))
            elif c == '.':
                self.pos += 1
                parts.append('.')
            elif c == '@':
                return ''
            elif c in atomends:
                break
            else:
                parts.append(self._atom(atomends))
        return EMPTYSTRING.join(parts)

    def _routeaddr(self):
        # at '<'
        self.pos += 1
        self._skip()
        addr = ''
        route = False
        while self.pos < len(self.s):
            c = self.s[self.pos]
            if route:
                route = False
                self._domain()
            elif c == '>':
                self.pos += 1
                break
            elif c == '@':
                self.pos += 1
                route = True
            elif c == ':':
                self.pos += 1
            else:
                addr = self._addrspec()
                self.pos += 1
                break
            self._skip()
        return addr

    def _address(self):
        self.comments = []
        self._skip()
        start, saved = self.pos, self.comments
        words = self._phrase()
        self._skip()
        out = []
        s = self.s
        if self.pos >= len(s):
            if words:
                out = [(' '.join(self.comments), words[0])]
        elif s[self.pos] in '.@':
            self.pos, self.comments = start, saved
            spec = self._addrspec()
            out = [(' '.join(self.comments), spec)]
        elif s[self.pos] == ':':
            self.pos += 1
            while self.pos < len(s):
                self._skip()
                if self.pos < len(s) and s[self.pos] == ';':
                    self.pos += 1
                    break
                out = out + self._address()
        elif s[self.pos] == '<':
            addr = self._routeaddr()
            name = ' '.join(words)
            if self.comments:
                name += ' (' + ' '.join(self.comments) + ')'
            out = [(name, addr)]
        else:
            if words:
                out = [(' '.join(self.comments), words[0])]
            elif s[self.pos] in self.SPECIALS:
                self.pos += 1
        self._skip()
        if self.pos < len(s) and s[self.pos] == ',':
            self.pos += 1
        return out


def getaddresses(fieldvalues):
    """(name, addr) pairs from a list of address header values."""
    all = COMMASPACE.join(str(v) for v in fieldvalues)
    return _AddrParser(all).addresslist


def parseaddr(addr):
    """The first (name, addr) pair of addr, or ('', '')."""
    got = _AddrParser(addr).addresslist
    if not got:
        return '', ''
    return got[0]


# ---- dates

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep',
           'oct', 'nov', 'dec']
_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0, 'AST': -400, 'ADT': -300,
          'EST': -500, 'EDT': -400, 'CST': -600, 'CDT': -500, 'MST': -700,
          'MDT': -600, 'PST': -800, 'PDT': -700}


def _format_timetuple_and_zone(tt, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[tt[6]], tt[2], _MONTHS[tt[1] - 1].capitalize(), tt[0],
        tt[3], tt[4], tt[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date string for timeval (default now)."""
    if timeval is None:
        timeval = time.time()
    if localtime or usegmt:
        dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    else:
        dt = datetime.datetime.utcfromtimestamp(timeval)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    return format_datetime(dt, usegmt)


def format_datetime(dt, usegmt=False):
    """dt as an RFC 2822 date; naive datetimes get zone -0000; usegmt
    writes GMT (dt must be UTC)."""
    tt = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(tt, zone)


def _parsedate_tz(data):
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    if words[0].endswith(',') or words[0].lower() in [d.lower() for d in _DAYS]:
        del words[0]
    else:
        i = words[0].rfind(',')
        if i >= 0:
            words[0] = words[0][i + 1:]
    if len(words) == 3:
        stuff = words[0].split('-')
        if len(stuff) == 3:
            words = stuff + words[1:]
    if len(words) == 4:
        s = words[3]
        i = s.find('+')
        if i == -1:
            i = s.find('-')
        if i > 0:
            words[3:] = [s[:i], s[i:]]
        else:
            words.append('')
    if len(words) < 5:
        return None
    words = words[:5]
    dd, mm, yy, tm, tz = words
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    if mm not in _MONTHS:
        dd, mm = mm, dd.lower()
        if mm not in _MONTHS:
            return None
    mm = _MONTHS.index(mm) + 1
    if mm > 12:
        mm -= 12
    if dd[-1] == ',':
        dd = dd[:-1]
    i = yy.find(':')
    if i > 0:
        yy, tm = tm, yy
    if yy[-1] == ',':
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if tm and tm[-1] == ',':
        tm = tm[:-1]
    tm = tm.split(':')
    if len(tm) == 2:
        thh, tmm = tm
        tss = '0'
    elif len(tm) == 3:
        thh, tmm, tss = tm
    elif len(tm) == 1 and '.' in tm[0]:
        tm = tm[0].split('.')
        if len(tm) == 2:
            thh, tmm = tm
            tss = 0
        elif len(tm) == 3:
            thh, tmm, tss = tm
        else:
            return None
    else:
        return None
    try:
        yy = int(yy)
        dd = int(dd)
        thh = int(thh)
        tmm = int(tmm)
        tss = int(tss)
    except ValueError:
        return None
    if yy < 100:
        yy += 1900 if yy > 68 else 2000
    tzoffset = None
    tz = tz.upper()
    if tz in _ZONES:
        tzoffset = _ZONES[tz]
    else:
        try:
            tzoffset = int(tz)
        except ValueError:
            pass
        if tzoffset == 0 and tz.startswith('-'):
            tzoffset = None
    if tzoffset:
        sign = -1 if tzoffset < 0 else 1
        tzoffset = abs(tzoffset)
        tzoffset = sign * ((tzoffset // 100) * 3600 + (tzoffset % 100) * 60)
    return [yy, mm, dd, thh, tmm, tss, 0, 1, -1, tzoffset]


def parsedate_tz(data):
    """A 10-tuple (9 time.struct_time fields + UTC offset in seconds or
    None) for an RFC 2822 date, or None."""
    t = _parsedate_tz(data)
    if not t:
        return None
    if t[9] is None:
        t[9] = 0
    return tuple(t)


def parsedate(data):
    """parsedate_tz() without the zone (a 9-tuple), or None."""
    t = parsedate_tz(data)
    if t is None:
        return t
    return t[:9]


def mktime_tz(data):
    """A parsedate_tz() 10-tuple as a UTC timestamp."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    return calendar.timegm(data) - data[9]


def parsedate_to_datetime(data):
    """An RFC 2822 date as a datetime (naive for the -0000 zone)."""
    parsed = _parsedate_tz(data)
    if parsed is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *dtuple, tz = parsed
    if tz is None:
        return datetime.datetime(*dtuple[:6])
    return datetime.datetime(*dtuple[:6], tzinfo=datetime.timezone(
        datetime.timedelta(seconds=tz)))


def localtime(dt=None, isdst=-1):
    """dt (default now) as an aware datetime in the local zone."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    tm = dt.timetuple()[:-1] + (isdst,)
    seconds = time.mktime(tm)
    localtm = time.localtime(seconds)
    tz = datetime.timezone(datetime.timedelta(seconds=localtm.tm_gmtoff),
                           localtm.tm_zone)
    return dt.replace(tzinfo=tz)


def make_msgid(idstring=None, domain=None):
    """A unique '<...@domain>' Message-ID."""
    timeval = int(time.time() * 100)
    pid = os.getpid()
    randint = random.getrandbits(64)
    idstring = '' if idstring is None else '.' + idstring
    if domain is None:
        domain = socket.getfqdn()
    return '<%d.%d.%d%s@%s>' % (timeval, pid, randint, idstring, domain)


# ---- RFC 2231

def decode_rfc2231(s):
    """charset'language'text -> [charset, language, text]."""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """s percent-encoded, with charset'language' in front when given."""
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    if language is None:
        language = ''
    return "%s'%s'%s" % (charset, language, s)


_rfc2231_cont = re.compile(r'^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$', re.ASCII)


def decode_params(params):
    """Decode (name, value) parameters: the first is kept as is; RFC 2231
    continuations are joined; extended values become (charset, language,
    value) triples; others are requoted."""
    out = [params[0]]
    conts = {}
    for name, value in params[1:]:
        encoded = name.endswith('*')
        value = unquote(value)
        mo = _rfc2231_cont.match(name)
        if mo:
            name, num = mo.group('name', 'num')
            if num is not None:
                num = int(num)
            conts.setdefault(name, []).append((num, value, encoded))
        else:
            out.append((name, '"%s"' % quote(value)))
    for name, pieces in conts.items():
        text = []
        extended = False
        pieces.sort(key=lambda p: (p[0] is not None, p[0] or 0))
        for num, s, encoded in pieces:
            if encoded:
                s = urllib.parse.unquote(s, encoding="latin-1")
                extended = True
            text.append(s)
        value = quote(EMPTYSTRING.join(text))
        if extended:
            charset, language, value = decode_rfc2231(value)
            out.append((name, (charset, language, '"%s"' % value)))
        else:
            out.append((name, '"%s"' % value))
    return out


def collapse_rfc2231_value(value, errors='replace',
                           fallback_charset='us-ascii'):
    """A parameter value (str or RFC 2231 triple) as a str."""
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    rawbytes = bytes(text, 'raw-unicode-escape')
    try:
        return str(rawbytes, charset, errors)
    except LookupError:
        return unquote(text)
