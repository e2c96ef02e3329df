"""The TOML parser of tomllib: a recursive-descent reader over the source
string. Tables declared with [a.b] or [[a.b]] and the containers created
by dotted keys are tracked in a tree of flags (DECLARED: cannot be declared
again with [..]; FROZEN: an inline table or array, which nothing may
extend)."""

import re
from datetime import date, datetime, time, timedelta, timezone

_CTRL = frozenset(chr(i) for i in range(32)) | {chr(127)}
_BAD_IN_STR = _CTRL - {'\t'}
_BAD_IN_ML_STR = _CTRL - {'\t', '\n'}
_WS = frozenset(' \t')
_WS_NL = frozenset(' \t\n')
_BARE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')
_KEY_START = _BARE | {'"', "'"}
_HEX = frozenset('0123456789abcdefABCDEF')
_ESCAPES = {'b': '\b', 't': '\t', 'n': '\n', 'f': '\f', 'r': '\r', '"': '"', '\\': '\\'}

_TIME = r'([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.(\d{1,6})\d*)?'
_DATETIME_RE = re.compile(
    r'(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])'
    r'(?:[Tt ]' + _TIME + r'(?:([Zz])|([+-])([01]\d|2[0-3]):([0-5]\d))?)?')
_LOCALTIME_RE = re.compile(_TIME)
_NUMBER_RE = re.compile(
    r'0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)'
    r'|[+-]?(?:0|[1-9](?:_?\d)*)(?P<frac>(?:\.\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?)')

DECLARED = 1
FROZEN = 0


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


def _error(src, pos, msg):
    if pos >= len(src):
        where = "end of document"
    else:
        line = src.count('\n', 0, pos) + 1
        column = pos + 1 if line == 1 else pos - src.rindex('\n', 0, pos)
        where = "line %d, column %d" % (line, column)
    return TOMLDecodeError("%s (at %s)" % (msg, where))


class _FlagTree:
    """Flags per key path; a recursive flag covers everything below."""

    def __init__(self):
        self.root = {}
        self.pending = []

    def _node(self, key, create):
        level = self.root
        node = None
        for part in key:
            node = level.get(part)
            if node is None:
                if not create:
                    return None
                node = level[part] = (set(), set(), {})
            level = node[2]
        return node

    def set(self, key, flag, recursive=False):
        node = self._node(key, True)
        node[1 if recursive else 0].add(flag)

    def add_pending(self, key, flag):
        self.pending.append((key, flag))

    def finalize_pending(self):
        for key, flag in self.pending:
            self.set(key, flag)
        self.pending.clear()

    def clear_below(self, key):
        level = self.root
        for part in key[:-1]:
            node = level.get(part)
            if node is None:
                return
            level = node[2]
        level.pop(key[-1], None)

    def has(self, key, flag):
        if not key:
            return False
        level = self.root
        for part in key[:-1]:
            node = level.get(part)
            if node is None:
                return False
            if flag in node[1]:
                return True
            level = node[2]
        node = level.get(key[-1])
        return node is not None and (flag in node[0] or flag in node[1])


def _nest(root, key, into_lists=True):
    """The table at key below root, creating tables on the way; KeyError
    when a value that is not a table is in the way."""
    table = root
    for part in key:
        if part not in table:
            table[part] = {}
        table = table[part]
        if into_lists and isinstance(table, list):
            table = table[-1]
        if not isinstance(table, dict):
            raise KeyError(part)
    return table


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.parse_float = parse_float

    def err(self, pos, msg):
        return _error(self.src, pos, msg)

    def char(self, pos):
        return self.src[pos] if pos < len(self.src) else None

    def skip(self, pos, chars):
        src = self.src
        n = len(src)
        while pos < n and src[pos] in chars:
            pos += 1
        return pos

    def skip_until(self, pos, end, bad, eof_error):
        src = self.src
        found = src.find(end, pos)
        if found < 0:
            found = len(src)
            if eof_error:
                raise self.err(found, "Expected %r" % end)
        for i in range(pos, found):
            if src[i] in bad:
                raise self.err(i, "Found invalid character %r" % src[i])
        return found

    def skip_comment(self, pos):
        if self.char(pos) == '#':
            return self.skip_until(pos + 1, '\n', _BAD_IN_STR, False)
        return pos

    def skip_array_ws(self, pos):
        while True:
            before = pos
            pos = self.skip_comment(self.skip(pos, _WS_NL))
            if pos == before:
                return pos

    # -- document

    def document(self):
        src = self.src
        self.data = {}
        self.flags = _FlagTree()
        header = ()
        pos = 0
        while True:
            pos = self.skip(pos, _WS)
            c = self.char(pos)
            if c is None:
                break
            if c == '\n':
                pos += 1
                continue
            if c in _KEY_START:
                pos = self.key_value_statement(pos, header)
                pos = self.skip(pos, _WS)
            elif c == '[':
                self.flags.finalize_pending()
                if self.char(pos + 1) == '[':
                    pos, header = self.array_table_header(pos)
                else:
                    pos, header = self.table_header(pos)
                pos = self.skip(pos, _WS)
            elif c != '#':
                raise self.err(pos, "Invalid statement")
            pos = self.skip_comment(pos)
            c = self.char(pos)
            if c is None:
                break
            if c != '\n':
                raise self.err(pos, "Expected newline or end of document after a statement")
            pos += 1
        return self.data

    def table_header(self, pos):
        pos = self.skip(pos + 1, _WS)
        pos, key = self.key(pos)
        if self.flags.has(key, DECLARED) or self.flags.has(key, FROZEN):
            raise self.err(pos, "Cannot declare %s twice" % (key,))
        self.flags.set(key, DECLARED)
        try:
            _nest(self.data, key)
        except KeyError:
            raise self.err(pos, "Cannot overwrite a value") from None
        if self.char(pos) != ']':
            raise self.err(pos, "Expected ']' at the end of a table declaration")
        return pos + 1, key

    def array_table_header(self, pos):
        pos = self.skip(pos + 2, _WS)
        pos, key = self.key(pos)
        if self.flags.has(key, FROZEN):
            raise self.err(pos, "Cannot mutate immutable namespace %s" % (key,))
        # A new element: what was declared inside the previous one is free.
        self.flags.clear_below(key)
        self.flags.set(key, DECLARED)
        try:
            parent = _nest(self.data, key[:-1])
            last = key[-1]
            if last in parent:
                if not isinstance(parent[last], list):
                    raise KeyError(last)
                parent[last].append({})
            else:
                parent[last] = [{}]
        except KeyError:
            raise self.err(pos, "Cannot overwrite a value") from None
        if not self.src.startswith(']]', pos):
            raise self.err(pos, "Expected ']]' at the end of an array declaration")
        return pos + 2, key

    def key_value_statement(self, pos, header):
        pos, key, value = self.key_value(pos)
        parent, stem = key[:-1], key[-1]
        for i in range(1, len(key)):
            container = header + key[:i]
            if self.flags.has(container, DECLARED):
                raise self.err(pos, "Cannot redefine namespace %s" % (container,))
            self.flags.add_pending(container, DECLARED)
        abs_parent = header + parent
        if self.flags.has(abs_parent, FROZEN):
            raise self.err(pos, "Cannot mutate immutable namespace %s" % (abs_parent,))
        try:
            table = _nest(self.data, abs_parent)
        except KeyError:
            raise self.err(pos, "Cannot overwrite a value") from None
        if stem in table:
            raise self.err(pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            self.flags.set(header + key, FROZEN, recursive=True)
        table[stem] = value
        return pos

    def key_value(self, pos):
        pos, key = self.key(pos)
        if self.char(pos) != '=':
            raise self.err(pos, "Expected '=' after a key in a key/value pair")
        pos = self.skip(pos + 1, _WS)
        pos, value = self.value(pos)
        return pos, key, value

    def key(self, pos):
        parts = []
        while True:
            pos, part = self.key_part(pos)
            parts.append(part)
            pos = self.skip(pos, _WS)
            if self.char(pos) != '.':
                return pos, tuple(parts)
            pos = self.skip(pos + 1, _WS)

    def key_part(self, pos):
        c = self.char(pos)
        if c is not None and c in _BARE:
            end = self.skip(pos, _BARE)
            return end, self.src[pos:end]
        if c == "'":
            return self.literal_string(pos)
        if c == '"':
            return self.basic_string(pos + 1, False)
        raise self.err(pos, "Invalid initial character for a key part")

    # -- values

    def value(self, pos):
        src = self.src
        c = self.char(pos)
        if c == '"':
            if src.startswith('"""', pos):
                return self.multiline_string(pos, False)
            return self.basic_string(pos + 1, False)
        if c == "'":
            if src.startswith("'''", pos):
                return self.multiline_string(pos, True)
            return self.literal_string(pos)
        if c == 't' and src.startswith('true', pos):
            return pos + 4, True
        if c == 'f' and src.startswith('false', pos):
            return pos + 5, False
        if c == '[':
            return self.array(pos)
        if c == '{':
            return self.inline_table(pos)
        m = _DATETIME_RE.match(src, pos)
        if m:
            try:
                value = _datetime_from(m)
            except ValueError as e:
                raise self.err(pos, "Invalid date or datetime") from e
            return m.end(), value
        m = _LOCALTIME_RE.match(src, pos)
        if m:
            hh, mm, ss, frac = m.groups()
            return m.end(), time(int(hh), int(mm), int(ss), _micros(frac))
        m = _NUMBER_RE.match(src, pos)
        if m:
            if m.group('frac'):
                return m.end(), self.parse_float(m.group())
            return m.end(), int(m.group(), 0)
        three = src[pos:pos + 3]
        if three in ('inf', 'nan'):
            return pos + 3, self.parse_float(three)
        four = src[pos:pos + 4]
        if four in ('-inf', '+inf', '-nan', '+nan'):
            return pos + 4, self.parse_float(four)
        raise self.err(pos, "Invalid value")

    def array(self, pos):
        items = []
        pos = self.skip_array_ws(pos + 1)
        if self.char(pos) == ']':
            return pos + 1, items
        while True:
            pos, value = self.value(pos)
            items.append(value)
            pos = self.skip_array_ws(pos)
            c = self.char(pos)
            if c == ']':
                return pos + 1, items
            if c != ',':
                raise self.err(pos, "Unclosed array")
            pos = self.skip_array_ws(pos + 1)
            if self.char(pos) == ']':
                return pos + 1, items

    def inline_table(self, pos):
        table = {}
        frozen = _FlagTree()
        pos = self.skip(pos + 1, _WS)
        if self.char(pos) == '}':
            return pos + 1, table
        while True:
            pos, key, value = self.key_value(pos)
            parent, stem = key[:-1], key[-1]
            if frozen.has(key, FROZEN):
                raise self.err(pos, "Cannot mutate immutable namespace %s" % (key,))
            try:
                nest = _nest(table, parent, into_lists=False)
            except KeyError:
                raise self.err(pos, "Cannot overwrite a value") from None
            if stem in nest:
                raise self.err(pos, "Duplicate inline table key %r" % stem)
            nest[stem] = value
            pos = self.skip(pos, _WS)
            c = self.char(pos)
            if c == '}':
                return pos + 1, table
            if c != ',':
                raise self.err(pos, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                frozen.set(key, FROZEN, recursive=True)
            pos = self.skip(pos + 1, _WS)

    # -- strings

    def literal_string(self, pos):
        end = self.skip_until(pos + 1, "'", _BAD_IN_STR, True)
        return end + 1, self.src[pos + 1:end]

    def multiline_string(self, pos, literal):
        src = self.src
        pos += 3
        if src.startswith('\n', pos):
            pos += 1
        if literal:
            quote = "'"
            end = self.skip_until(pos, "'''", _BAD_IN_ML_STR, True)
            text = src[pos:end]
            pos = end + 3
        else:
            quote = '"'
            pos, text = self.basic_string(pos, True)
        # Up to two quotes right before the closing three belong to the
        # string.
        for _ in range(2):
            if not src.startswith(quote, pos):
                break
            text += quote
            pos += 1
        return pos, text

    def basic_string(self, pos, multiline):
        src = self.src
        bad = _BAD_IN_ML_STR if multiline else _BAD_IN_STR
        parts = []
        start = pos
        n = len(src)
        while True:
            if pos >= n:
                raise self.err(pos, "Unterminated string")
            c = src[pos]
            if c == '"':
                if not multiline:
                    parts.append(src[start:pos])
                    return pos + 1, ''.join(parts)
                if src.startswith('"""', pos):
                    parts.append(src[start:pos])
                    return pos + 3, ''.join(parts)
                pos += 1
                continue
            if c == '\\':
                parts.append(src[start:pos])
                pos, text = self.escape(pos, multiline)
                parts.append(text)
                start = pos
                continue
            if c in bad:
                raise self.err(pos, "Illegal character %r" % c)
            pos += 1

    def escape(self, pos, multiline):
        src = self.src
        esc = src[pos + 1:pos + 2]
        pos += 2
        if multiline and esc in (' ', '\t', '\n'):
            # A line-ending backslash eats the whitespace and newlines
            # that follow.
            if esc != '\n':
                pos = self.skip(pos, _WS)
                c = self.char(pos)
                if c is None:
                    return pos, ''
                if c != '\n':
                    raise self.err(pos, "Unescaped '\\' in a string")
                pos += 1
            return self.skip(pos, _WS_NL), ''
        if esc == 'u':
            return self.hex_char(pos, 4)
        if esc == 'U':
            return self.hex_char(pos, 8)
        if esc in _ESCAPES:
            return pos, _ESCAPES[esc]
        raise self.err(pos, "Unescaped '\\' in a string")

    def hex_char(self, pos, width):
        digits = self.src[pos:pos + width]
        if len(digits) != width or not _HEX.issuperset(digits):
            raise self.err(pos, "Invalid hex value")
        pos += width
        code = int(digits, 16)
        if not (0 <= code <= 0xd7ff or 0xe000 <= code <= 0x10ffff):
            raise self.err(pos, "Escaped character is not a Unicode scalar value")
        return pos, chr(code)


def _micros(frac):
    return int(frac.ljust(6, '0')) if frac else 0


_tz_cache = {}


def _datetime_from(m):
    (year, month, day, hh, mm, ss, frac, zulu, sign, off_h, off_m) = m.groups()
    year, month, day = int(year), int(month), int(day)
    if hh is None:
        return date(year, month, day)
    if sign:
        key = (sign, off_h, off_m)
        tz = _tz_cache.get(key)
        if tz is None:
            s = 1 if sign == '+' else -1
            tz = _tz_cache[key] = timezone(timedelta(hours=s * int(off_h), minutes=s * int(off_m)))
    elif zulu:
        tz = timezone.utc
    else:
        tz = None
    return datetime(year, month, day, int(hh), int(mm), int(ss), _micros(frac), tzinfo=tz)


def _safe_parse_float(parse_float):
    if parse_float is float:
        return float

    def safe(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return safe


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    b = fp.read()
    try:
        s = b.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`") from None
    return loads(s, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    src = s.replace("\r\n", "\n")
    return _Parser(src, _safe_parse_float(parse_float)).document()
