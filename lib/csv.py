"""CSV reading and writing: reader, writer, DictReader, DictWriter, dialects.

coil's implementation of the standard `csv` module (CPython's _csv
semantics: the excel, excel-tab and unix dialects, the four quoting modes,
doublequote / escapechar, skipinitialspace, strict, field_size_limit, and
Sniffer for the common cases).
"""

import re

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "excel", "excel_tab", "unix_dialect", "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer", "unregister_dialect",
           "DictReader", "DictWriter", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024


class Error(Exception):
    pass


def field_size_limit(*args):
    """The maximum field size (and sets a new one if given)."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class Dialect:
    """Formatting parameters; subclass and override the attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _validate(_Params(self))


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    d = _Params(dialect if dialect is not None else excel, **fmtparams)
    _dialects[name] = d


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


class _Params:
    """A resolved dialect: the given dialect's attributes overridden by keywords."""

    def __init__(self, dialect=None, **kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        base = dialect if dialect is not None else excel

        def pick(name, default):
            if name in kw:
                return kw[name]
            v = getattr(base, name, None)
            return default if v is None else v

        for k in kw:
            if k not in ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
                         "lineterminator", "quoting", "strict"):
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        self.delimiter = pick("delimiter", ",")
        self.quotechar = kw["quotechar"] if "quotechar" in kw else getattr(base, "quotechar", '"')
        self.escapechar = kw["escapechar"] if "escapechar" in kw else getattr(base, "escapechar", None)
        self.doublequote = pick("doublequote", True)
        self.skipinitialspace = pick("skipinitialspace", False)
        self.lineterminator = pick("lineterminator", "\r\n")
        self.quoting = pick("quoting", QUOTE_MINIMAL)
        self.strict = pick("strict", False)
        _validate(self)


def _validate(p):
    def onechar(name, v, allow_none):
        if v is None:
            if allow_none:
                return
            raise TypeError('"%s" must be a 1-character string' % name)
        if not isinstance(v, str):
            raise TypeError('"%s" must be string or None, not %s' % (name, type(v).__name__)
                            if allow_none else
                            '"%s" must be string, not %s' % (name, type(v).__name__))
        if len(v) != 1:
            raise TypeError('"%s" must be a 1-character string' % name)
    onechar("delimiter", p.delimiter, False)
    onechar("escapechar", p.escapechar, True)
    if p.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
        raise TypeError("bad \"quoting\" value")
    if p.quotechar is None:
        if p.quoting != QUOTE_NONE and p.quoting is not None:
            raise TypeError("quotechar must be set if quoting enabled")
    else:
        onechar("quotechar", p.quotechar, True)
    if not isinstance(p.lineterminator, str):
        raise TypeError('"lineterminator" must be a string')


# ---- reading -------------------------------------------------------------------------

def _fast_field_re(d):
    """For a dialect without escapechar, skipinitialspace or numeric
    conversion: a regular expression matching one field (quoted with
    doubled quote characters, or plain) and the delimiter or end after it;
    None when the reader must go character by character."""
    if (d.escapechar is not None or d.skipinitialspace or not d.doublequote
            or d.quoting not in (QUOTE_MINIMAL, QUOTE_ALL) or d.quotechar is None):
        return None
    q = re.escape(d.quotechar)
    dl = re.escape(d.delimiter)
    return re.compile("%s((?:[^%s]|%s%s)*)%s(%s|\\Z)|([^%s%s\r\n]*)(%s|\\Z)"
                      % (q, q, q, q, q, dl, dl, q, dl))


class _Reader:
    def __init__(self, f, dialect="excel", **fmtparams):
        self._it = iter(f)
        self.dialect = _Params(dialect, **fmtparams)
        self.line_num = 0
        self._field_re = _fast_field_re(self.dialect)

    def __iter__(self):
        return self

    def __next__(self):
        field_re = self._field_re
        if field_re is None:
            return self._next_slow(None)
        line = next(self._it)
        # the common line: complete well-formed fields, one regular
        # expression match each; anything else goes the general way
        if type(line) is str:
            body = line.rstrip("\r\n")
            if "\r" not in body and "\n" not in body and len(body) <= _field_limit:
                self.line_num += 1
                if not body:
                    return []
                d = self.dialect
                q = d.quotechar
                if q not in body:
                    return body.split(d.delimiter)
                fields = []
                pos = 0
                match = field_re.match
                while True:
                    m = match(body, pos)
                    if m is None:
                        break
                    quoted, sep, plain, sep2 = m.groups()
                    if quoted is not None:
                        fields.append(quoted.replace(q + q, q) if q in quoted else quoted)
                    else:
                        fields.append(plain)
                        sep = sep2
                    if not sep:
                        return fields
                    pos = m.end()
                self.line_num -= 1
        return self._next_slow(line)

    def _next_slow(self, first):
        d = self.dialect
        fields = []
        field = []
        state = "start_record"
        quoted_field = False
        while True:
            try:
                if first is not None:
                    line, first = first, None
                else:
                    line = next(self._it)
            except StopIteration:
                if field or state in ("in_field", "escape", "in_quoted", "quote_in_quoted",
                                      "escape_in_quoted", "start_field"):
                    if state in ("in_quoted", "escape_in_quoted") and d.strict:
                        raise Error("unexpected end of data")
                    if state != "start_record":
                        fields.append(self._finish(field, quoted_field))
                        return fields
                if state == "start_record" and not fields:
                    raise
                return fields
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be "
                            "opened in text mode)" % type(line).__name__)
            self.line_num += 1
            i = 0
            n = len(line)
            while i <= n:
                c = line[i] if i < n else "\0eol"
                i += 1
                if state == "start_record":
                    if c == "\0eol":
                        # an empty line: an empty record
                        return fields
                    if c in "\r\n":
                        state = "eat_crnl"
                        continue
                    state = "start_field"
                if state == "start_field":
                    field = []
                    quoted_field = False
                    if c in ("\n", "\r", "\0eol"):
                        fields.append(self._finish(field, quoted_field))
                        state = "eat_crnl" if c != "\0eol" else "start_record"
                        if c == "\0eol":
                            return fields
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        quoted_field = True
                        state = "in_quoted"
                    elif c == d.escapechar:
                        state = "escape"
                    elif c == " " and d.skipinitialspace:
                        pass
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted_field))
                    else:
                        field.append(c)
                        state = "in_field"
                elif state == "escape":
                    if c == "\0eol":
                        field.append("\n")
                        break
                    field.append(c)
                    state = "in_field"
                elif state == "in_field":
                    if c in ("\n", "\r", "\0eol"):
                        fields.append(self._finish(field, quoted_field))
                        if c == "\0eol":
                            return fields
                        state = "eat_crnl"
                    elif c == d.escapechar:
                        state = "escape"
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted_field))
                        state = "start_field"
                    else:
                        field.append(c)
                elif state == "in_quoted":
                    if c == "\0eol":
                        break   # the field goes on in the next line
                    if c == d.escapechar:
                        state = "escape_in_quoted"
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = "quote_in_quoted" if d.doublequote else "in_field"
                    else:
                        field.append(c)
                elif state == "escape_in_quoted":
                    if c == "\0eol":
                        field.append("\n")
                        state = "in_quoted"
                        break
                    field.append(c)
                    state = "in_quoted"
                elif state == "quote_in_quoted":
                    if c == d.quotechar and d.quoting != QUOTE_NONE:
                        field.append(c)
                        state = "in_quoted"
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted_field))
                        state = "start_field"
                    elif c in ("\n", "\r", "\0eol"):
                        fields.append(self._finish(field, quoted_field))
                        if c == "\0eol":
                            return fields
                        state = "eat_crnl"
                    elif not d.strict:
                        field.append(c)
                        state = "in_field"
                    else:
                        raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
                elif state == "eat_crnl":
                    if c in ("\n", "\r"):
                        continue
                    if c == "\0eol":
                        return fields
                    raise Error("new-line character seen in unquoted field - do you need to "
                                "open the file in universal-newline mode?")
            # line ended inside a quoted field (or after an escape): keep reading
            if state == "in_quoted":
                pass

    def _finish(self, field, quoted):
        s = "".join(field)
        if len(s) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and s:
            return float(s)
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and not s:
            return s
        return s


def reader(csvfile, dialect="excel", **fmtparams):
    """An iterator over the rows (lists of str) of an iterable of lines."""
    return _Reader(csvfile, dialect, **fmtparams)


# ---- writing -------------------------------------------------------------------------

class _Writer:
    def __init__(self, f, dialect="excel", **fmtparams):
        if not hasattr(f, "write"):
            raise TypeError('argument 1 must have a "write" method')
        self._write = f.write
        self.dialect = d = _Params(dialect, **fmtparams)
        self._special = None
        if (d.quoting == QUOTE_MINIMAL and d.doublequote and d.escapechar is None
                and d.quotechar is not None and not d.skipinitialspace):
            self._special = re.compile("[%s]" % re.escape(d.delimiter + d.quotechar +
                                                          d.lineterminator)).search
            self._quote_or_end = re.compile("[%s]" % re.escape(d.quotechar +
                                                               d.lineterminator)).search

    def _quote(self, field):
        d = self.dialect
        if self._special is not None:
            # QUOTE_MINIMAL, doubled quote characters, no escapechar
            s = "" if field is None else str(field)
            if self._special(s) is None:
                return s
            q = d.quotechar
            return q + s.replace(q, q + q) + q
        s = "" if field is None else str(field)
        q = d.quotechar
        esc = d.escapechar
        quoting = d.quoting
        if quoting == QUOTE_ALL:
            need = True
        elif quoting == QUOTE_NONNUMERIC:
            need = not (isinstance(field, (int, float)) and field is not None)
        else:
            need = False
        # as CPython's writer: the delimiter, the quote character and the
        # line terminator's characters force quoting, or are escaped when
        # quoting is QUOTE_NONE; the escape character (and the quote
        # character without doublequote) are escaped
        special = d.delimiter + d.lineterminator + (q or "") + (esc or "")
        out = []
        for ch in s:
            if ch in special:
                want_escape = False
                if quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if ch == q:
                        if d.doublequote:
                            out.append(q)
                        else:
                            want_escape = True
                    elif ch == esc:
                        want_escape = True
                    if not want_escape:
                        need = True
                if want_escape:
                    if esc is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(esc)
            out.append(ch)
        body = "".join(out)
        if need:
            return d.quotechar + body + d.quotechar
        return body

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        d = self.dialect
        special = self._special
        if special is not None and len(fields) > 1:
            strs = ["" if f is None else str(f) for f in fields]
            delim = d.delimiter
            line = delim.join(strs)
            # no field needs quoting: no quote character or line terminator
            # character anywhere, and no delimiter but the separators
            if self._quote_or_end(line) is not None or line.count(delim) != len(strs) - 1:
                q = d.quotechar
                line = delim.join([s if special(s) is None else q + s.replace(q, q + q) + q
                                   for s in strs])
            return self._write(line + d.lineterminator)
        if len(fields) == 1 and (fields[0] is None or fields[0] == "") and d.quoting != QUOTE_NONE:
            # a lone empty field must be quoted to be read back
            line = d.quotechar * 2 if d.quotechar else ""
        elif len(fields) == 1 and fields[0] == "" and d.quoting == QUOTE_NONE:
            raise Error("single empty field record must be quoted")
        else:
            line = d.delimiter.join(map(self._quote, fields))
        return self._write(line + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    """A writer of rows (iterables of values) to a file-like object."""
    return _Writer(csvfile, dialect, **fmtparams)


# ---- dict forms ----------------------------------------------------------------------

class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        lf = len(names)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses the dialect of a CSV sample (delimiter and quote character)."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        quotechar = '"'
        for q in ('"', "'"):
            if re.search(r"(^|[^\w])%s[^%s]*%s" % (q, q, q), sample):
                quotechar = q
                break
        lines = [l for l in sample.split("\n") if l.strip()]
        candidates = delimiters or "".join(self.preferred) + "|"
        best = None
        for delim in list(self.preferred) + [c for c in candidates if c not in self.preferred]:
            if delimiters and delim not in delimiters:
                continue
            counts = [l.count(delim) for l in lines[:20]]
            if counts and counts[0] > 0 and all(c == counts[0] for c in counts):
                best = delim
                break
        if best is None:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL
        dialect.delimiter = best
        dialect.quotechar = quotechar
        dialect.doublequote = True
        dialect.skipinitialspace = False
        return dialect

    def has_header(self, sample):
        rdr = reader(sample.splitlines())
        header = next(rdr)
        columns = len(header)
        column_types = {}
        for i in range(columns):
            column_types[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(column_types.keys()):
                try:
                    float(row[col])
                    this_type = float
                except (ValueError, OverflowError):
                    this_type = len(row[col])
                if this_type != column_types[col]:
                    if column_types[col] is None:
                        column_types[col] = this_type
                    else:
                        del column_types[col]
        has_header = 0
        for col, col_type in column_types.items():
            if type(col_type) == type(0):
                if len(header[col]) != col_type:
                    has_header += 1
                else:
                    has_header -= 1
            else:
                try:
                    col_type(header[col])
                except (ValueError, TypeError):
                    has_header += 1
                else:
                    has_header -= 1
        return has_header > 0
