"""The parsing helpers behind str.format that string.Formatter uses:
formatter_parser and formatter_field_name_split, with CPython 3.11's
results and error messages. Both are lazy (generators), as CPython's
iterators are: a malformed string fails when iteration reaches the fault.
"""

__all__ = ['formatter_parser', 'formatter_field_name_split']


def _parse_field(s, i, n):
    """The replacement field starting after its '{' at s[i]: returns
    (field_name, format_spec, conversion, index after the closing '}')."""
    start = i
    c = None
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            c = None
            continue
        if c in '}:!':
            break
        c = None
    if c is None:
        raise ValueError("expected '}' before end of string")
    field_name = s[start:i - 1]
    if c == '}':
        return field_name, '', None, i
    conversion = None
    if c == '!':
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[i]
        i += 1
        if i < n:
            c = s[i]
            i += 1
            if c == '}':
                return field_name, '', conversion, i
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    # The format spec: up to the '}' that balances the field's '{'.
    spec_start = i
    depth = 1
    while i < n:
        c = s[i]
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return field_name, s[spec_start:i], conversion, i + 1
        i += 1
    raise ValueError("unmatched '{' in format spec")


def formatter_parser(s):
    """Yields (literal_text, field_name, format_spec, conversion) for each
    literal run and replacement field of the format string s; the last three
    are None for a literal with no field after it."""
    if not isinstance(s, str):
        raise TypeError("descriptor 'formatter_parser' requires a 'str' object but received a '%s'"
                        % type(s).__name__)
    return _parse_gen(s)


def _parse_gen(s):
    n = len(s)
    i = 0
    while i < n:
        start = i
        field = False
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                if i < n and s[i] == c:
                    # a doubled brace: the literal so far ends with one of it
                    i += 1
                    yield s[start:i - 1], None, None, None
                    break
                if c == '}':
                    raise ValueError("Single '}' encountered in format string")
                if i >= n:
                    raise ValueError("Single '{' encountered in format string")
                field = True
                break
        else:
            yield s[start:i], None, None, None
            return
        if field:
            lit_end = i - 1   # the field's '{'
            name, spec, conv, i = _parse_field(s, i, n)
            yield s[start:lit_end], name, spec, conv


def _is_index(t):
    return t != '' and all(ch.isdecimal() for ch in t)


def formatter_field_name_split(field_name):
    """(first, rest) of a field name: first is an int for a positional
    index, else a str; rest yields (is_attribute, key) for each .name and
    [key] that follows (key an int when it is all digits)."""
    if not isinstance(field_name, str):
        raise TypeError("descriptor 'formatter_field_name_split' requires a 'str' object but "
                        "received a '%s'" % type(field_name).__name__)
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if _is_index(first):
        first = int(first)
    return first, _rest_gen(field_name, i, n)


def _rest_gen(s, i, n):
    while i < n:
        c = s[i]
        i += 1
        if c == '.':
            start = i
            while i < n and s[i] not in '.[':
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            yield True, s[start:i]
        elif c == '[':
            start = i
            while i < n and s[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = s[start:i]
            if key == '':
                raise ValueError("Empty attribute in format string")
            i += 1
            if i < n and s[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            yield False, (int(key) if _is_index(key) else key)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
