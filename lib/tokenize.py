"""tokenize: split Python source into tokens (coil's version of the
CPython 3.11 module: tokenize, generate_tokens, untokenize, detect_encoding,
open, TokenInfo, TokenError)."""

import re
import sys
import codecs
import collections
import functools
import itertools
from io import TextIOWrapper

import token
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = token.__all__ + ['tokenize', 'generate_tokens', 'detect_encoding',
                           'untokenize', 'TokenInfo', 'open', 'TokenError']

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        kind = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                (kind, self.string, self.start, self.end, self.line))

    @property
    def exact_type(self):
        """For OP tokens the specific operator's token type, else the type."""
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---------------------------------------------------------------- patterns

def _any_of(*choices):
    return '(' + '|'.join(choices) + ')'


def _optional(*choices):
    return _any_of(*choices) + '?'


_Whitespace = r'[ \f\t]*'
_Comment = r'#[^\r\n]*'
_Name = r'\w+'

_Digits = r'[0-9](?:_?[0-9])*'
_Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
_Binnumber = r'0[bB](?:_?[01])+'
_Octnumber = r'0[oO](?:_?[0-7])+'
_Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
_Intnumber = _any_of(_Hexnumber, _Binnumber, _Octnumber, _Decnumber)
_Exponent = r'[eE][-+]?' + _Digits
_Pointfloat = _any_of(_Digits + r'\.(?:' + _Digits + ')?', r'\.' + _Digits) + _optional(_Exponent)
_Expfloat = _Digits + _Exponent
_Floatnumber = _any_of(_Pointfloat, _Expfloat)
_Imagnumber = _any_of(_Digits + r'[jJ]', _Floatnumber + r'[jJ]')
_Number = _any_of(_Imagnumber, _Floatnumber, _Intnumber)


def _string_prefixes():
    """Every legal string prefix in every letter case and order ('' included)."""
    out = {''}
    for base in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for order in itertools.permutations(base):
            for cased in itertools.product(*[(c, c.upper()) for c in order]):
                out.add(''.join(cased))
    return out


_prefixes = _string_prefixes()
_StringPrefix = _any_of(*sorted(_prefixes, key=len, reverse=True))

# the rest of a string after its opening quote(s), up to and including the close
_Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
_Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
_Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
_Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
_Triple = _any_of(_StringPrefix + "'''", _StringPrefix + '"""')

_Special = _any_of(*map(re.escape, sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)))
_Funny = _any_of(r'\r?\n', _Special)

# a single-line string, or the start of one continued with a backslash-newline
_ContStr = _any_of(_StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + _any_of("'", r'\\\r?\n'),
                   _StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + _any_of('"', r'\\\r?\n'))
_PseudoExtras = _any_of(r'\\\r?\n|\Z', _Comment, _Triple)
_PseudoToken = _Whitespace + _any_of(_PseudoExtras, _Number, _Funny, _ContStr, _Name)

_pseudo_prog = re.compile(_PseudoToken, re.UNICODE)

_endpats = {}
_single_quoted = set()
_triple_quoted = set()
for _p in _prefixes:
    _endpats[_p + "'"] = _Single
    _endpats[_p + '"'] = _Double
    _endpats[_p + "'''"] = _Single3
    _endpats[_p + '"""'] = _Double3
    _single_quoted.add(_p + "'")
    _single_quoted.add(_p + '"')
    _triple_quoted.add(_p + "'''")
    _triple_quoted.add(_p + '"""')
del _p


@functools.lru_cache(maxsize=None)
def _compile(pattern):
    return re.compile(pattern, re.UNICODE)


tabsize = 8


# ---------------------------------------------------------------- untokenize

class Untokenizer:
    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or (row == self.prev_row and col < self.prev_col):
            raise ValueError('start ({},{}) precedes previous end ({},{})'
                             .format(row, col, self.prev_row, self.prev_col))
        if row > self.prev_row:
            self.tokens.append('\\\n' * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(' ' * (col - self.prev_col))

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        startline = False
        for t in it:
            if len(t) == 2:
                self.compat(t, it)
                break
            kind, text, start, end, line = t
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                startline = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return ''.join(self.tokens)

    def compat(self, first, iterable):
        """(type, string) pairs: spacing is approximate, tokens are not."""
        indents = []
        out = self.tokens
        startline = first[0] in (NEWLINE, NL)
        prevstring = False
        for tok in itertools.chain([first], iterable):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING:
                if prevstring:
                    text = ' ' + text
                prevstring = True
            else:
                prevstring = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                out.append(indents[-1])
                startline = False
            out.append(text)


def untokenize(iterable):
    """Source text (bytes if an ENCODING token came first) from tokens."""
    u = Untokenizer()
    out = u.untokenize(iterable)
    if u.encoding is not None:
        out = out.encode(u.encoding)
    return out


# ---------------------------------------------------------------- encodings

def _get_normal_name(orig_enc):
    enc = orig_enc[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    for latin in ('latin-1', 'iso-8859-1', 'iso-latin-1'):
        if enc == latin or enc.startswith(latin + '-'):
            return 'iso-8859-1'
    return orig_enc


def detect_encoding(readline):
    """Read at most two lines and return (encoding, [lines read]) following
    PEP 263 (coding cookie) and the UTF-8 BOM; the default is 'utf-8'."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = 'invalid or missing encoding declaration'
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        match = cookie_re.match(text)
        if not match:
            return None
        encoding = _get_normal_name(match.group(1))
        try:
            codecs.lookup(encoding)
        except LookupError:
            if filename is None:
                msg = 'unknown encoding: ' + encoding
            else:
                msg = 'unknown encoding for {!r}: {}'.format(filename, encoding)
            raise SyntaxError(msg)
        if bom_found:
            if encoding != 'utf-8':
                if filename is None:
                    msg = 'encoding problem: utf-8'
                else:
                    msg = 'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            encoding += '-sig'
        return encoding

    first = read_or_stop()
    if first.startswith(codecs.BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


_builtin_open = open


def open(filename):
    """Open a Python source file read-only in text mode with the encoding
    detect_encoding() finds."""
    buffer = _builtin_open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except BaseException:
        buffer.close()
        raise


# ---------------------------------------------------------------- tokenizing

def tokenize(readline):
    """Tokens (TokenInfo) of the bytes lines readline returns; the first is
    ENCODING."""
    encoding, consumed = detect_encoding(readline)
    empty = _generate_empty()
    lines = itertools.chain(consumed, iter(readline, b''), empty)
    return _tokenize(lines.__next__, encoding)


def _generate_empty():
    while True:
        yield b''


def generate_tokens(readline):
    """Tokens (TokenInfo) of the str lines readline returns."""
    return _tokenize(readline, None)


def _tokenize(readline, encoding):
    lnum = parenlev = continued = 0
    digits = '0123456789'
    contstr, needcont = '', 0
    contline = None
    strstart = None
    endprog = None
    indents = [0]

    if encoding is not None:
        if encoding == 'utf-8-sig':
            encoding = 'utf-8'
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    last_line = b''
    line = b''
    while True:
        try:
            last_line = line
            line = readline()
        except StopIteration:
            line = b''
        if encoding is not None and isinstance(line, bytes):
            line = line.decode(encoding)
        lnum += 1
        pos, end_of_line = 0, len(line)

        if contstr:
            # inside a string that started on an earlier line
            if not line:
                raise TokenError('EOF in multi-line string', strstart)
            endmatch = endprog.match(line)
            if endmatch:
                pos = end = endmatch.end(0)
                yield TokenInfo(STRING, contstr + line[:end], strstart,
                                (lnum, end), contline + line)
                contstr, needcont = '', 0
                contline = None
            elif needcont and line[-2:] != '\\\n' and line[-3:] != '\\\r\n':
                yield TokenInfo(ERRORTOKEN, contstr + line, strstart,
                                (lnum, len(line)), contline)
                contstr = ''
                contline = None
                continue
            else:
                contstr += line
                contline += line
                continue

        elif parenlev == 0 and not continued:
            # the start of a logical line: indentation
            if not line:
                break
            column = 0
            while pos < end_of_line:
                ch = line[pos]
                if ch == ' ':
                    column += 1
                elif ch == '\t':
                    column = (column // tabsize + 1) * tabsize
                elif ch == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end_of_line:
                break

            if line[pos] in '#\r\n':
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos),
                                    (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue

            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        'unindent does not match any outer indentation level',
                        ('<tokenize>', lnum, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            # a continuation line of a bracketed or backslashed statement
            if not line:
                raise TokenError('EOF in multi-line statement', (lnum, 0))
            continued = 0

        while pos < end_of_line:
            m = _pseudo_prog.match(line, pos)
            if not m:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = m.span(1)
            spos, epos, pos = (lnum, start), (lnum, end), end
            if start == end:
                continue
            text, initial = line[start:end], line[start]

            if initial in digits or (initial == '.' and text not in ('.', '...')):
                yield TokenInfo(NUMBER, text, spos, epos, line)
            elif initial in '\r\n':
                yield TokenInfo(NL if parenlev > 0 else NEWLINE, text, spos, epos, line)
            elif initial == '#':
                yield TokenInfo(COMMENT, text, spos, epos, line)
            elif text in _triple_quoted:
                endprog = _compile(_endpats[text])
                endmatch = endprog.match(line, pos)
                if endmatch:
                    pos = endmatch.end(0)
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    strstart = (lnum, start)
                    contstr = line[start:]
                    contline = line
                    break
            elif (initial in _single_quoted or text[:2] in _single_quoted
                  or text[:3] in _single_quoted):
                if text[-1] == '\n':
                    # backslash-newline inside a one-quote string
                    strstart = (lnum, start)
                    quote_at = 0
                    while text[quote_at] not in '\'"':
                        quote_at += 1
                    endprog = _compile(_endpats[text[:quote_at + 1]])
                    contstr, needcont = line[start:], 1
                    contline = line
                    break
                yield TokenInfo(STRING, text, spos, epos, line)
            elif initial.isidentifier():
                yield TokenInfo(NAME, text, spos, epos, line)
            elif initial == '\\':
                continued = 1
            else:
                if initial in '([{':
                    parenlev += 1
                elif initial in ')]}':
                    parenlev -= 1
                yield TokenInfo(OP, text, spos, epos, line)

    if last_line and last_line[-1] not in '\r\n' and not last_line.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(last_line)),
                        (lnum - 1, len(last_line) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args()
    if args.filename:
        with _builtin_open(args.filename, 'rb') as f:
            tokens = list(tokenize(f.readline))
    else:
        tokens = list(_tokenize(sys.stdin.readline, None))
    for t in tokens:
        kind = t.exact_type if args.exact else t.type
        where = '%d,%d-%d,%d:' % (t.start + t.end)
        print('%-20s%-15s%-15r' % (where, tok_name[kind], t.string))


if __name__ == '__main__':
    main()
