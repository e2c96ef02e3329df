"""A collection of string constants, capwords(), Formatter and Template.

Template's $-substitution is parsed by hand here (CPython uses re), with
CPython's rules: $$ is an escape, $identifier and ${identifier} are
placeholders, and any other $ is invalid.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_IDENT_START = ascii_letters + '_'
_IDENT_CHARS = _IDENT_START + digits


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _scan(self, lookup, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find('$', i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + 1
            if k < n and t[k] == '$':
                out.append('$')
                i = k + 1
                continue
            if k < n and t[k] == '{':
                e = k + 1
                if e < n and t[e] in _IDENT_START:
                    e += 1
                    while e < n and t[e] in _IDENT_CHARS:
                        e += 1
                    if e < n and t[e] == '}':
                        name = t[k + 1:e]
                        out.append(lookup(name, t[j:e + 1]))
                        i = e + 1
                        continue
                if safe:
                    out.append('$')
                    i = k
                    continue
                self._invalid(k)
            if k < n and t[k] in _IDENT_START:
                e = k + 1
                while e < n and t[e] in _IDENT_CHARS:
                    e += 1
                out.append(lookup(t[k:e], t[j:e]))
                i = e
                continue
            if safe:
                out.append('$')
                i = k
                continue
            self._invalid(k)
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged

        def lookup(name, text):
            return str(mapping[name])
        return self._scan(lookup, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged

        def lookup(name, text):
            try:
                return str(mapping[name])
            except KeyError:
                return text
        return self._scan(lookup, True)

    def get_identifiers(self):
        ids = []

        def lookup(name, text):
            if name not in ids:
                ids.append(name)
            return ''
        self._scan(lookup, True)
        return ids

    def is_valid(self):
        try:
            self._scan(lambda name, text: '', False)
        except ValueError:
            return False
        return True


class Formatter:
    """str.format's machinery with every step overridable: parse splits the
    string (_string.formatter_parser), get_field/get_value find an argument,
    convert_field applies !s/!r/!a, format_field applies the spec (nested
    fields in a spec are formatted first), check_unused_args may object to
    arguments left over."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index: the next automatic index, or False once a field
        # has been numbered by hand (mixing the two is an error).
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # CPython 3.11 words this case the same as the one above
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, format_spec))
        return ''.join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        import _string
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        import _string
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
