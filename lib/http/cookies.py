"""HTTP cookie state: SimpleCookie and Morsel.

coil's own http.cookies, producing the same Set-Cookie text as CPython
3.11: values that are not plain tokens are double-quoted with octal
escapes, attributes come out in sorted order (expires, path, comment,
domain, max-age, secure, httponly, version, samesite), and load() parses
a Cookie header with CPython's tolerance rules (a malformed header loads
nothing).
"""

import re
import string
import types

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    pass


_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
_UnescapedChars = _LegalChars + " ()/<=>?@[]{}"

# every byte outside _UnescapedChars becomes \ooo; quote and backslash get a backslash
_Translator = {n: "\\%03o" % n for n in range(256) if chr(n) not in _UnescapedChars}
_Translator[ord('"')] = '\\"'
_Translator[ord("\\")] = "\\\\"

_is_legal_key = re.compile("[%s]+" % re.escape(_LegalChars)).fullmatch


def _quote(str):
    """str unchanged when it is a legal token, else double-quoted with escapes."""
    if str is None or _is_legal_key(str):
        return str
    return '"' + str.translate(_Translator) + '"'


_EscapePatt = re.compile(r"\\(?:([0-3][0-7][0-7])|(.))")


def _unescape(m):
    if m.group(1) is not None:
        return chr(int(m.group(1), 8))
    return m.group(2)


def _unquote(str):
    """The inverse of _quote for a double-quoted string; others unchanged."""
    if str is None or len(str) < 2 or str[0] != '"' or str[-1] != '"':
        return str
    return _EscapePatt.sub(_unescape, str[1:-1])


_weekdayname = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_monthname = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
              "Nov", "Dec"]


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    """An HTTP date `future` seconds from now."""
    from time import gmtime, time
    year, month, day, hh, mm, ss, wd, _, _ = gmtime(time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (weekdayname[wd], day, monthname[month],
                                                    year, hh, mm, ss)


class Morsel(dict):
    """One cookie: key, value, coded_value, and its attributes as items."""

    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
        "samesite": "SameSite",
    }

    _flags = {"secure", "httponly"}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for name in self._reserved:
            dict.__setitem__(self, name, "")

    @property
    def key(self):
        return self._key

    @property
    def value(self):
        return self._value

    @property
    def coded_value(self):
        return self._coded_value

    def _attribute(self, name):
        name = name.lower()
        if name not in self._reserved:
            raise CookieError("Invalid attribute %r" % (name,))
        return name

    def __setitem__(self, K, V):
        dict.__setitem__(self, self._attribute(K), V)

    def setdefault(self, key, val=None):
        return dict.setdefault(self, self._attribute(key), val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict.__eq__(self, morsel) and self._value == morsel._value
                and self._key == morsel._key and self._coded_value == morsel._coded_value)

    __ne__ = object.__ne__

    def copy(self):
        morsel = Morsel()
        dict.update(morsel, self)
        morsel.__dict__.update(self.__dict__)
        return morsel

    def update(self, values):
        checked = {}
        for name, val in dict(values).items():
            checked[self._attribute(name)] = val
        dict.update(self, checked)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError("Attempt to set a reserved key %r" % (key,))
        if not _is_legal_key(key):
            raise CookieError("Illegal key %r" % (key,))
        self._key = key
        self._value = val
        self._coded_value = coded_val

    def __getstate__(self):
        return {"key": self._key, "value": self._value, "coded_value": self._coded_value}

    def __setstate__(self, state):
        self._key = state["key"]
        self._value = state["value"]
        self._coded_value = state["coded_value"]

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self.OutputString())

    def js_output(self, attrs=None):
        text = self.OutputString(attrs).replace('"', r'\"')
        return ("\n        <script type=\"text/javascript\">\n        <!-- begin hiding\n"
                "        document.cookie = \"%s\";\n        // end hiding -->\n"
                "        </script>\n        " % text)

    def OutputString(self, attrs=None):
        parts = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = self._reserved
        for name, value in sorted(self.items()):
            if value == "" or name not in attrs:
                continue
            label = self._reserved[name]
            if name == "expires" and isinstance(value, int):
                parts.append("%s=%s" % (label, _getdate(value)))
            elif name == "max-age" and isinstance(value, int):
                parts.append("%s=%d" % (label, value))
            elif name == "comment" and isinstance(value, str):
                parts.append("%s=%s" % (label, _quote(value)))
            elif name in self._flags:
                if value:
                    parts.append(str(label))
            else:
                parts.append("%s=%s" % (label, value))
        return "; ".join(parts)

    __class_getitem__ = classmethod(types.GenericAlias)


_LegalKeyChars = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_LegalValueChars = _LegalKeyChars + r"\[\]"
_CookiePattern = re.compile(
    r"\s*"
    r"(?P<key>[" + _LegalKeyChars + r"]+?)"
    r"(\s*=\s*(?P<val>"
    r'"(?:[^\\"]|\\.)*"'                              # a double-quoted string
    r"|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT"       # an expires date
    r"|[" + _LegalValueChars + r"]*"                 # a word, maybe empty
    r"))?"
    r"\s*(\s+|;|$)", re.ASCII)


class BaseCookie(dict):
    """A dict of Morsels keyed by cookie name."""

    def value_decode(self, val):
        return val, val

    def value_encode(self, val):
        strval = str(val)
        return strval, strval

    def __init__(self, input=None):
        if input:
            self.load(input)

    def _set_morsel(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            rval, cval = self.value_encode(value)
            self._set_morsel(key, rval, cval)

    def output(self, attrs=None, header="Set-Cookie:", sep="\015\012"):
        return sep.join(m.output(attrs, header) for _, m in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        parts = ["%s=%s" % (k, repr(m.value)) for k, m in sorted(self.items())]
        return "<%s: %s>" % (self.__class__.__name__, " ".join(parts))

    def js_output(self, attrs=None):
        return "".join(m.js_output(attrs) for _, m in sorted(self.items()))

    def load(self, rawdata):
        """Loads cookies from a Cookie header string or a dict."""
        if isinstance(rawdata, str):
            self._parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def _parse_string(self, text, patt=_CookiePattern):
        # First collect everything; a malformed header leaves the cookie unchanged.
        ATTRIBUTE, KEYVALUE = 1, 2
        items = []
        seen_pair = False
        i = 0
        n = len(text)
        while 0 <= i < n:
            m = patt.match(text, i)
            if not m:
                break
            key, value = m.group("key"), m.group("val")
            i = m.end(0)
            if key[0] == "$":
                if seen_pair:
                    items.append((ATTRIBUTE, key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not seen_pair:
                    return
                if value is None:
                    if key.lower() not in Morsel._flags:
                        return
                    items.append((ATTRIBUTE, key, True))
                else:
                    items.append((ATTRIBUTE, key, _unquote(value)))
            elif value is not None:
                items.append((KEYVALUE, key, self.value_decode(value)))
                seen_pair = True
            else:
                return
        morsel = None
        for kind, key, value in items:
            if kind == ATTRIBUTE:
                morsel[key] = value
            else:
                self._set_morsel(key, value[0], value[1])
                morsel = self[key]


class SimpleCookie(BaseCookie):
    """Cookies whose values are strings, quoted on output as needed."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        strval = str(val)
        return strval, _quote(strval)
