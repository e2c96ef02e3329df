"""Base64 content transfer encoding per RFCs 2045-2047 (headers: the 'B'
encoding of RFC 2047)."""

__all__ = ['body_decode', 'body_encode', 'decode', 'decodestring',
           'header_encode', 'header_length']

from base64 import b64encode
from binascii import b2a_base64, a2b_base64

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''
MISC_LEN = 7


def header_length(bytearray):
    """Length of the base64 encoding of bytearray (without the RFC 2047
    wrapping)."""
    groups, rest = divmod(len(bytearray), 3)
    return groups * 4 + (4 if rest else 0)


def header_encode(header_bytes, charset='iso-8859-1'):
    """One RFC 2047 'B' encoded word for header_bytes (a str is first
    encoded with charset)."""
    if not header_bytes:
        return ""
    if isinstance(header_bytes, str):
        header_bytes = header_bytes.encode(charset)
    return '=?%s?b?%s?=' % (charset, b64encode(header_bytes).decode("ascii"))


def body_encode(s, maxlinelen=76, eol=NL):
    """base64 of the bytes s, in lines of at most maxlinelen characters,
    each ended by eol."""
    if not s:
        return ""
    out = []
    step = maxlinelen * 3 // 4
    for start in range(0, len(s), step):
        line = b2a_base64(s[start:start + step]).decode("ascii")
        if line.endswith(NL) and eol != NL:
            line = line[:-1] + eol
        out.append(line)
    return EMPTYSTRING.join(out)


def decode(string):
    """Decode base64 text (str or bytes) to bytes; empty input gives b''."""
    if not string:
        return bytes()
    if isinstance(string, str):
        return a2b_base64(string.encode('raw-unicode-escape'))
    return a2b_base64(string)


body_decode = decode
decodestring = decode
