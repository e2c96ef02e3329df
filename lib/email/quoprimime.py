"""Quoted-printable content transfer encoding per RFCs 2045-2047 (headers:
the 'Q' encoding of RFC 2047)."""

__all__ = ['body_decode', 'body_encode', 'body_length', 'decode',
           'decodestring', 'header_decode', 'header_encode', 'header_length',
           'quote', 'unquote']

import re
from string import ascii_letters, digits, hexdigits

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''

# Per-byte encodings: '=XX' unless the byte may stand as itself.
_QUOTED = ['=%02X' % c for c in range(256)]
_HEADER_MAP = list(_QUOTED)
_BODY_MAP = list(_QUOTED)
for _c in b'-!*+/' + ascii_letters.encode('ascii') + digits.encode('ascii'):
    _HEADER_MAP[_c] = chr(_c)
_HEADER_MAP[ord(' ')] = '_'
for _c in b' !"#$%&\'()*+,-./0123456789:;<>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\t':
    _BODY_MAP[_c] = chr(_c)


def header_check(octet):
    """True if the octet must be quoted in a 'Q' encoded header."""
    return chr(octet) != _HEADER_MAP[octet]


def body_check(octet):
    """True if the octet must be quoted in a quoted-printable body."""
    return chr(octet) != _BODY_MAP[octet]


def header_length(bytearray):
    """Length of the 'Q' encoding of bytearray (without the wrapping)."""
    return sum(len(_HEADER_MAP[b]) for b in bytearray)


def body_length(bytearray):
    """Length of the quoted-printable body encoding of bytearray."""
    return sum(len(_BODY_MAP[b]) for b in bytearray)


def quote(c):
    return _QUOTED[ord(c)]


def unquote(s):
    """'=XX' -> the character."""
    return chr(int(s[1:3], 16))


def header_encode(header_bytes, charset='iso-8859-1'):
    """One RFC 2047 'Q' encoded word for header_bytes."""
    if not header_bytes:
        return ''
    encoded = ''.join(_HEADER_MAP[b] for b in header_bytes)
    return '=?%s?q?%s?=' % (charset, encoded)


def body_encode(body, maxlinelen=76, eol=NL):
    """Quoted-printable encoding of the str body (characters must be below
    256): lines of at most maxlinelen characters with soft breaks, trailing
    whitespace quoted, line ends written as eol."""
    if maxlinelen < 4:
        raise ValueError("maxlinelen must be at least 4")
    if not body:
        return body
    body = body.translate({i: _BODY_MAP[i] for i in range(256)
                           if _BODY_MAP[i] != chr(i) and i not in (10, 13)})
    limit = maxlinelen - 1      # room for the soft-break '='
    out = []
    for line in body.splitlines():
        pos = 0
        end = len(line) - 1
        while pos + limit <= end:
            cut = pos + limit
            # never split an '=XX' escape
            if line[cut - 1] == '=':
                cut -= 1
            elif line[cut - 2] == '=':
                cut -= 2
            out.append(line[pos:cut] + '=')
            pos = cut
        rest = line[pos:]
        if rest and rest[-1] in ' \t':
            room = maxlinelen - len(rest)
            last = quote(rest[-1])
            if room >= 3:
                out.append(rest[:-1] + last)
            elif room == 2:
                out.append(rest + '=')
                out.append('')
                out[-1] = last
            else:
                out.append(rest[:-1] + '=')
                out.append(last)
        else:
            out.append(rest)
    if body[-1] in CRLF:
        out.append('')
    return eol.join(out)


def decode(encoded, eol=NL):
    """Decode a quoted-printable str (soft line breaks joined, '=XX'
    unquoted); line ends become eol."""
    if not encoded:
        return encoded
    out = []
    lines = encoded.splitlines()
    for n, line in enumerate(lines):
        line = line.rstrip()
        if not line:
            out.append(eol)
            continue
        i = 0
        size = len(line)
        soft = False
        while i < size:
            c = line[i]
            if c != '=':
                out.append(c)
                i += 1
            elif i + 1 == size:
                soft = True
                i += 1
            elif i + 2 < size + 1 and line[i + 1] in hexdigits and i + 2 < size \
                    and line[i + 2] in hexdigits:
                out.append(unquote(line[i:i + 3]))
                i += 3
            else:
                out.append(c)
                i += 1
        if not soft:
            out.append(eol)
    text = ''.join(out)
    if encoded[-1] not in '\r\n' and text.endswith(eol):
        text = text[:-len(eol)]
    return text


body_decode = decode
decodestring = decode


def header_decode(s):
    """Decode a 'Q' encoded string ('_' is a space)."""
    s = s.replace('_', ' ')
    return re.sub(r'=[a-fA-F0-9]{2}', lambda m: unquote(m.group(0)), s, flags=re.ASCII)
