"""html: escape() and unescape() of HTML text (coil's version of CPython
3.11's module)."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > (and, if quote is true, " and ') by HTML-safe
    sequences."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Numeric references that HTML 5 maps elsewhere: NUL, CR, and 0x80-0x9F
# read as Windows-1252 (the five unassigned ones stay as they are).
_CP1252_80_9F = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021'
                 '\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
                 '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014'
                 '\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')
_invalid_charrefs = {0x00: '\ufffd', 0x0d: '\r'}
for _i, _ch in enumerate(_CP1252_80_9F):
    _invalid_charrefs[0x80 + _i] = _ch

# Numeric references that produce nothing.
_invalid_codepoints = (set(range(0x1, 0x9)) | {0xb} | set(range(0xe, 0x20)) |
                       set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0)))
for _plane in range(17):
    _invalid_codepoints.add(_plane * 0x10000 + 0xfffe)
    _invalid_codepoints.add(_plane * 0x10000 + 0xffff)
del _i, _ch, _plane


def _replace_charref(match):
    ref = match.group(1)
    if ref[0] == '#':
        if ref[1] in 'xX':
            num = int(ref[2:].rstrip(';'), 16)
        else:
            num = int(ref[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    if ref in _html5:
        return _html5[ref]
    # The longest known prefix (legacy names work without ';').
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _html5:
            return _html5[ref[:end]] + ref[end:]
    return '&' + ref


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Convert all named and numeric character references (e.g. &gt;,
    &#62;, &#x3e;) in s to the characters, by the rules of HTML 5."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
