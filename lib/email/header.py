"""RFC 2047 headers: Header (a sequence of (text, charset) chunks folded
and encoded on output), decode_header and make_header."""

__all__ = ['Header', 'decode_header', 'make_header']

import re
import binascii

import email.quoprimime
import email.base64mime
from email.errors import HeaderParseError
from email import charset as _charset
Charset = _charset.Charset

NL = '\n'
SPACE = ' '
BSPACE = b' '
SPACE8 = ' ' * 8
EMPTYSTRING = ''
MAXLINELEN = 78
FWS = ' \t'

USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')

# =?charset?q|b?text?=
ecre = re.compile(r'=\?(?P<charset>[^?]*?)\?(?P<encoding>[qQbB])\?'
                  r'(?P<encoded>.*?)\?=', re.MULTILINE)
fcre = re.compile(r'[\041-\176]+:$')
_embedded_header = re.compile(r'\n[^ \t]+:')



def _is_ws_or_special(s):
    return s.isspace() or s in ('(', ')', '\\')


def decode_header(header):
    """The (decoded bytes or str, charset) pairs of header: a header with no
    encoded words gives [(header, None)]; otherwise every piece is bytes
    and adjacent pieces in the same charset are merged."""
    if hasattr(header, '_chunks'):
        return [(_charset._encode(string, str(charset)), str(charset))
                for string, charset in header._chunks]
    if not ecre.search(header):
        return [(header, None)]
    # (text, encoding or None, charset or None) in order
    pieces = []
    for line in header.splitlines():
        split = ecre.split(line)
        plain = split[0].lstrip()
        if plain:
            pieces.append((plain, None, None))
        for k in range(1, len(split), 4):
            pieces.append((split[k + 2], split[k + 1].lower(), split[k].lower()))
            if split[k + 3]:
                pieces.append((split[k + 3], None, None))
    # whitespace between two encoded words disappears
    kept = []
    for n, piece in enumerate(pieces):
        if (piece[0].isspace() and piece[1] is None and 0 < n < len(pieces) - 1
                and pieces[n - 1][1] and pieces[n + 1][1]):
            continue
        kept.append(piece)
    merged = []
    for text, enc, cs in kept:
        if enc is None:
            word = bytes(text, 'raw-unicode-escape')
        elif enc == 'q':
            word = bytes(email.quoprimime.header_decode(text), 'raw-unicode-escape')
        else:
            pad = len(text) % 4
            if pad:
                text += '==='[:4 - pad]
            try:
                word = email.base64mime.decode(text)
            except binascii.Error:
                raise HeaderParseError('Base64 decoding error')
        if merged and merged[-1][1] == cs:
            prev = merged[-1][0]
            merged[-1] = (prev + BSPACE + word if cs is None else prev + word, cs)
        else:
            merged.append((word, cs))
    return merged


def make_header(decoded_seq, maxlinelen=None, header_name=None,
                continuation_ws=' '):
    """A Header from decode_header()'s (text, charset) pairs."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name,
               continuation_ws=continuation_ws)
    for s, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        h.append(s, charset)
    return h


class Header:
    """A header value made of (text, charset) chunks."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        self._maxlinelen = MAXLINELEN if maxlinelen is None else maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def __str__(self):
        """The unicode text, with spaces restored between chunks in different
        charsets where RFC 2047 dropped them."""
        self._normalize()
        out = []
        prev_cs = None
        prev_ends_ws = None
        for text, cs in self._chunks:
            cur_cs = cs
            if cur_cs == _charset.UNKNOWN8BIT:
                text = text.encode('ascii', 'surrogateescape').decode('ascii', 'replace')
            if out:
                starts_ws = text and _is_ws_or_special(text[0])
                if prev_cs not in (None, 'us-ascii'):
                    if cur_cs in (None, 'us-ascii') and not starts_ws:
                        out.append(SPACE)
                        cur_cs = None
                elif cur_cs not in (None, 'us-ascii') and not prev_ends_ws:
                    out.append(SPACE)
            prev_ends_ws = text and _is_ws_or_special(text[-1])
            prev_cs = cur_cs
            out.append(text)
        return EMPTYSTRING.join(out)

    def __eq__(self, other):
        return other == str(self)

    def append(self, s, charset=None, errors='strict'):
        """Add the chunk s (str, or bytes in charset's input codec); an
        all-ASCII default falls back to utf-8 for non-ASCII text."""
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if not isinstance(s, str):
            codec = charset.input_codec or 'us-ascii'
            if codec == _charset.UNKNOWN8BIT:
                s = s.decode('us-ascii', 'surrogateescape')
            else:
                s = s.decode(codec, errors)
        out_codec = charset.output_codec or 'us-ascii'
        if out_codec != _charset.UNKNOWN8BIT:
            try:
                s.encode(out_codec, errors)
            except UnicodeEncodeError:
                if out_codec != 'us-ascii':
                    raise
                charset = UTF8
        self._chunks.append((s, charset))

    def _nonctext(self, s):
        return _is_ws_or_special(s)

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        """The folded, RFC 2047 encoded header text (lines at most maxlinelen
        long where possible; 0 = no folding)."""
        self._normalize()
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        folder = _Folder(self._headerlen, maxlinelen, self._continuation_ws,
                         splitchars)
        prev_cs = None
        prev_ends_ws = None
        for n, (text, cs) in enumerate(self._chunks):
            if n:
                starts_ws = text and _is_ws_or_special(text[0])
                if prev_cs not in (None, 'us-ascii'):
                    if not starts_ws or cs not in (None, 'us-ascii'):
                        folder.add_transition()
                elif cs not in (None, 'us-ascii') and not prev_ends_ws:
                    folder.add_transition()
            prev_ends_ws = text and _is_ws_or_special(text[-1])
            prev_cs = cs
            lines = text.splitlines()
            folder.feed('', lines[0] if lines else '', cs)
            for line in lines[1:]:
                folder.newline()
                if cs.header_encoding is not None:
                    folder.feed(self._continuation_ws, ' ' + line.lstrip(), cs)
                else:
                    body = line.lstrip()
                    folder.feed(line[:len(line) - len(body)], body, cs)
            if len(lines) > 1:
                folder.newline()
        if self._chunks:
            folder.add_transition()
        value = folder.result(linesep)
        if _embedded_header.search(value):
            raise HeaderParseError("header value appears to contain "
                                   "an embedded header: {!r}".format(value))
        return value

    def _normalize(self):
        # adjacent chunks in one charset become one, joined by a space
        merged = []
        for text, cs in self._chunks:
            if merged and merged[-1][1] == cs:
                merged[-1][0].append(text)
            else:
                merged.append(([text], cs))
        self._chunks = [(SPACE.join(texts), cs) for texts, cs in merged]


class _Line:
    """The line being built: (whitespace, text) parts plus a starting width
    (the header name on the first line)."""

    def __init__(self, start=0):
        self.parts = []
        self.start = start

    def width(self):
        return self.start + sum(len(w) + len(t) for w, t in self.parts)

    def text(self):
        return EMPTYSTRING.join(w + t for w, t in self.parts)

    def pop(self):
        return self.parts.pop() if self.parts else ('', '')

    def only_ws(self):
        return self.start == 0 and (not self.parts or self.text().isspace())

    def reset(self, parts=None):
        self.parts = list(parts or [])
        self.start = 0


class _Folder:
    """Accumulates header text into lines of at most maxlen columns."""

    def __init__(self, headerlen, maxlen, continuation_ws, splitchars):
        self.maxlen = maxlen
        self.cws = continuation_ws
        self.splitchars = splitchars
        self.lines = []
        self.cur = _Line(headerlen)

    def result(self, linesep):
        self.newline()
        return linesep.join(self.lines)

    def newline(self):
        last = self.cur.pop()
        if last != (' ', ''):
            self.cur.parts.append(last)
        if self.cur.width() > 0:
            if self.cur.only_ws() and self.lines:
                self.lines[-1] += self.cur.text()
            else:
                self.lines.append(self.cur.text())
        self.cur.reset()

    def add_transition(self):
        self.cur.parts.append((' ', ''))

    def _room(self):
        yield self.maxlen - self.cur.width()
        while True:
            yield self.maxlen - len(self.cws)

    def feed(self, fws, string, charset):
        if charset.header_encoding is None:
            pieces = re.split('([' + FWS + ']+)', fws + string)
            if pieces[0]:
                pieces.insert(0, '')
            else:
                del pieces[0]
            for k in range(0, len(pieces) - 1, 2):
                self._add(pieces[k], pieces[k + 1])
            return
        words = charset.header_encode_lines(string, self._room())
        if not words:
            return
        first = words.pop(0)
        if first is not None:
            self._add(fws, first)
        if not words:
            return
        last = words.pop()
        self.newline()
        self.cur.parts.append((self.cws, last))
        for w in words:
            self.lines.append(self.cws + w)

    def _add(self, fws, text):
        parts = self.cur.parts
        parts.append((fws, text))
        if self.cur.width() <= self.maxlen:
            return
        # look for the rightmost break point, preferring earlier splitchars
        cut = None
        for ch in self.splitchars:
            for i in range(len(parts) - 1, 0, -1):
                if ch.isspace():
                    w = parts[i][0]
                    if w and w[0] == ch:
                        cut = i
                        break
                before = parts[i - 1][1]
                if before and before[-1] == ch:
                    cut = i
                    break
            if cut is not None:
                break
        if cut is None:
            fws, text = self.cur.pop()
            if self.cur.start > 0:
                self.newline()
                if not fws:
                    fws = ' '
            self.cur.parts.append((fws, text))
            return
        rest = parts[cut:]
        del parts[cut:]
        self.lines.append(self.cur.text())
        self.cur.reset(rest)
