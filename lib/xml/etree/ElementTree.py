"""The ElementTree XML API (coil's own implementation, with a pure-Python
XML parser that reports errors the way CPython's expat-based one does)."""

import io
import re
import sys
import warnings

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring",
    "fromstringlist", "indent", "iselement", "iterparse", "parse",
    "ParseError", "PI", "ProcessingInstruction", "QName", "SubElement",
    "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID",
    "XMLParser", "XMLPullParser", "register_namespace",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """A parse failure; code is expat's error number, position (line, col)."""
    pass


def iselement(element):
    return hasattr(element, 'tag')


class Element:
    """One XML element: tag, attrib dict, text, tail and child elements."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("attrib must be dict, not %s"
                            % (attrib.__class__.__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra} if extra else attrib.copy()
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __deepcopy__(self, memo):
        import copy
        elem = self.makeelement(self.tag, copy.deepcopy(self.attrib, memo))
        elem.text = self.text
        elem.tail = self.tail
        for child in self._children:
            elem._children.append(copy.deepcopy(child, memo))
        return elem

    def __len__(self):
        return len(self._children)

    def __iter__(self):
        # the children directly (without it, iteration went through
        # __getitem__ and ended on an IndexError)
        return iter(self._children)

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            element = list(element)
            for e in element:
                self._assert_is_element(e)
        else:
            self._assert_is_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def append(self, subelement):
        self._assert_is_element(subelement, "append")
        self._children.append(subelement)

    def extend(self, elements):
        elements = list(elements)
        for e in elements:
            self._assert_is_element(e, "extend")
        self._children.extend(elements)

    def insert(self, index, subelement):
        self._assert_is_element(subelement, "insert")
        self._children.insert(index, subelement)

    def _assert_is_element(self, e, what=None):
        if not isinstance(e, Element):
            if what == "append" or what == "insert":
                raise TypeError("%s() argument%s must be "
                                "xml.etree.ElementTree.Element, not %s"
                                % (what, " 2" if what == "insert" else "",
                                   type(e).__name__))
            raise TypeError('expected an Element, not %s' % type(e).__name__)

    def remove(self, subelement):
        for i, child in enumerate(self._children):
            if child is subelement:
                del self._children[i]
                return
        for i, child in enumerate(self._children):
            if child == subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for e in self._children:
            yield from e.iter(tag)

    def itertext(self):
        if self.text:
            yield self.text
        for e in self._children:
            yield from e.itertext()
            if e.tail:
                yield e.tail


def SubElement(parent, tag, attrib={}, **extra):
    attrib = {**attrib, **extra}
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name, '{uri}local', usable as a tag or attribute value."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __eq__(self, other):
        return self.text == self._key(other)


# ---------------------------------------------------------------------------
# ElementPath: the XPath subset of find/findall/findtext/iterfind

class _PathSyntax:
    token = re.compile(
        r"\s*(?:"
        r"(?P<str>'[^']*'|\"[^\"]*\")"
        r"|(?P<op>//|::|\.\.|\(\)|!=|[/.*\[\]()@=])"
        r"|(?P<name>(?:\{[^}]*\})?[^\s/\[\]()@!=*]+(?::[^\s/\[\]()@!=]+)?"
        r"|\{[^}]*\}\*)"
        r")")


def _qualify(name, namespaces, is_attr=False):
    if name[:1] == "{" or name == "*":
        return name
    if ":" in name:
        prefix, local = name.split(":", 1)
        try:
            return "{%s}%s" % (namespaces[prefix], local)
        except (KeyError, TypeError):
            raise SyntaxError("prefix %r not found in prefix map" % prefix)
    if not is_attr and namespaces and namespaces.get(''):
        return "{%s}%s" % (namespaces[''], name)
    return name


def _tag_matcher(tag):
    if tag == "*":
        return lambda t: True
    if tag == "{*}*":
        return lambda t: isinstance(t, str)
    if tag == "{}*":
        return lambda t: isinstance(t, str) and t[:1] != "{"
    if tag[:3] == "{*}":
        local = tag[3:]
        return lambda t: isinstance(t, str) and (
            t == local or (t[:1] == "{" and t.rsplit("}", 1)[1] == local))
    if tag[:2] == "{}":
        local = tag[2:]
        return lambda t: t == local
    if tag[-2:] == "}*":
        ns = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(ns) and \
            "}" not in t[len(ns):]
    return lambda t: t == tag


class ElementPath:
    _cache = {}

    @staticmethod
    def _tokens(path):
        out = []
        pos = 0
        path = path.strip() if path.strip() != path else path
        while pos < len(path):
            m = _PathSyntax.token.match(path, pos)
            if not m or m.end() == pos:
                if path[pos:].strip() == "":
                    break
                raise SyntaxError("invalid path")
            pos = m.end()
            if m.group("str") is not None:
                out.append(("str", m.group("str")[1:-1]))
            elif m.group("op") is not None:
                out.append(("op", m.group("op")))
            elif m.group("name") is not None:
                out.append(("name", m.group("name")))
        return out

    @classmethod
    def compile(cls, path, namespaces):
        key = (path, tuple(sorted(namespaces.items())) if namespaces else None)
        steps = cls._cache.get(key)
        if steps is not None:
            return steps
        if path[-1:] == "/":
            path = path + "*"
        toks = cls._tokens(path)
        steps = []
        i = 0
        n = len(toks)
        if toks and toks[0] == ("op", "/"):
            raise SyntaxError("cannot use absolute path on element")
        while i < n:
            kind, val = toks[i]
            if kind == "op" and val == "/":
                i += 1
                continue
            if kind == "op" and val == "//":
                i += 1
                if i >= n:
                    raise SyntaxError("invalid descendant")
                kind, val = toks[i]
                if kind == "name" or (kind == "op" and val == "*"):
                    steps.append(("desc", _qualify(val, namespaces)))
                elif kind == "op" and val == "[":
                    steps.append(("desc", "*"))
                    continue
                else:
                    raise SyntaxError("invalid descendant")
                i += 1
            elif kind == "op" and val == ".":
                steps.append(("self", None))
                i += 1
            elif kind == "op" and val == "..":
                steps.append(("parent", None))
                i += 1
            elif kind == "op" and val == "*":
                steps.append(("child", "*"))
                i += 1
            elif kind == "name":
                steps.append(("child", _qualify(val, namespaces)))
                i += 1
            elif kind == "op" and val == "[":
                i = cls._predicate(toks, i + 1, steps, namespaces)
            else:
                raise SyntaxError("invalid path")
        if len(cls._cache) > 100:
            cls._cache.clear()
        cls._cache[key] = steps
        return steps

    @classmethod
    def _predicate(cls, toks, i, steps, namespaces):
        body = []
        while True:
            if i >= len(toks):
                raise SyntaxError("invalid predicate")
            if toks[i] == ("op", "]"):
                break
            body.append(toks[i])
            i += 1
        sig = "".join(v if k == "op" else ("-" if k == "str" and False else
                                            k[0]) for k, v in body)
        vals = [v for k, v in body if k != "op"]
        if sig == "@n":
            steps.append(("has_attr", _qualify(vals[0], namespaces, True)))
        elif sig in ("@n=s", "@n!=s"):
            steps.append(("attr_eq" if "!" not in sig else "attr_ne",
                          (_qualify(vals[0], namespaces, True), vals[1])))
        elif sig == "n" and not re.match(r"-?\d+$", vals[0]):
            steps.append(("has_child", _qualify(vals[0], namespaces)))
        elif sig in ("n=s", "n!=s", ".=s", ".!=s"):
            eq = "!" not in sig
            if sig[0] == ".":
                steps.append(("text_eq" if eq else "text_ne", vals[-1]))
            else:
                steps.append(("child_text_eq" if eq else "child_text_ne",
                              (_qualify(vals[0], namespaces), vals[1])))
        elif sig == "n" or sig == "n()" or sig == "n()n":
            if sig == "n":
                index = int(vals[0])
                if index < 1:
                    raise SyntaxError("XPath position >= 1 expected")
                steps.append(("index", index - 1))
            else:
                if vals[0] != "last":
                    raise SyntaxError("unsupported function")
                index = -1
                if sig == "n()n":
                    try:
                        index = int(vals[1]) - 1
                    except ValueError:
                        raise SyntaxError("unsupported expression")
                    if index > -2:
                        raise SyntaxError("XPath offset from last() must "
                                          "be negative")
                steps.append(("index", index))
        else:
            raise SyntaxError("invalid predicate")
        return i + 1

    @staticmethod
    def _run(elem, steps):
        # a chain of generators, as CPython's ElementPath: find() stops at
        # the first match instead of computing every step's whole result
        result = iter((elem,))
        parents = []            # the parent map, built on first use
        for kind, arg in steps:
            result = ElementPath._step(elem, kind, arg, result, parents)
        return result

    @staticmethod
    def _parent_map(elem, parents):
        if not parents:
            pm = {}
            for p in elem.iter():
                for c in p:
                    pm[c] = p
            parents.append(pm)
        return parents[0]

    @staticmethod
    def _step(elem, kind, arg, result, parents):
        if kind == "child":
            match = _tag_matcher(arg)
            for e in result:
                for c in e:
                    if match(c.tag):
                        yield c
        elif kind == "desc":
            match = _tag_matcher(arg)
            for e in result:
                for c in e.iter():
                    if c is not e and match(c.tag):
                        yield c
        elif kind == "self":
            yield from result
        elif kind == "parent":
            pm = ElementPath._parent_map(elem, parents)
            seen = set()
            for e in result:
                p = pm.get(e)
                if p is not None and id(p) not in seen:
                    seen.add(id(p))
                    yield p
        elif kind == "has_attr":
            for e in result:
                if e.get(arg) is not None:
                    yield e
        elif kind == "attr_eq":
            for e in result:
                if e.get(arg[0]) == arg[1]:
                    yield e
        elif kind == "attr_ne":
            for e in result:
                if e.get(arg[0]) is not None and e.get(arg[0]) != arg[1]:
                    yield e
        elif kind == "has_child":
            for e in result:
                if e.find(arg) is not None:
                    yield e
        elif kind in ("child_text_eq", "child_text_ne"):
            want = kind == "child_text_eq"
            for e in result:
                for c in e.findall(arg[0]):
                    if ("".join(c.itertext()) == arg[1]) == want:
                        yield e
                        break
        elif kind in ("text_eq", "text_ne"):
            want = kind == "text_eq"
            for e in result:
                if ("".join(e.itertext()) == arg) == want:
                    yield e
        elif kind == "index":
            pm = ElementPath._parent_map(elem, parents)
            sibs_of = {}        # (parent, tag) -> same-tag children
            for e in result:
                p = pm.get(e)
                if p is None:
                    continue
                key = (id(p), e.tag)
                sibs = sibs_of.get(key)
                if sibs is None:
                    sibs = sibs_of[key] = [c for c in p if c.tag == e.tag]
                try:
                    if sibs[arg] is e:
                        yield e
                except IndexError:
                    pass

    @classmethod
    def iterfind(cls, elem, path, namespaces=None):
        return iter(cls._run(elem, cls.compile(path, namespaces)))

    @classmethod
    def find(cls, elem, path, namespaces=None):
        return next(cls.iterfind(elem, path, namespaces), None)

    @classmethod
    def findall(cls, elem, path, namespaces=None):
        return list(cls.iterfind(elem, path, namespaces))

    @classmethod
    def findtext(cls, elem, path, default=None, namespaces=None):
        try:
            elem = next(cls.iterfind(elem, path, namespaces))
        except StopIteration:
            return default
        return elem.text or ""


# ---------------------------------------------------------------------------
# ElementTree

class ElementTree:
    """A whole document: a root element plus parse/write."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _abs(self, path):
        if path[:1] == "/":
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be "
                "fixed in a future version.  If you rely on the current "
                "behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._abs(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._abs(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._abs(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._abs(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *,
              short_empty_elements=True):
        if not method:
            method = "xml"
        elif method not in _serializers:
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "utf-8" if method == "c14n" else "us-ascii"
        with _open_output(file_or_filename, encoding) as write:
            if method == "xml" and (xml_declaration or (
                    xml_declaration is None and
                    encoding.lower() != "unicode" and
                    encoding.lower() not in ("utf-8", "us-ascii"))):
                declared = encoding
                if encoding.lower() == "unicode":
                    declared = "utf-8"
                write("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
            if method == "text":
                _serialize_text(write, self._root)
            else:
                qnames, namespaces = _namespaces(self._root,
                                                 default_namespace)
                _serializers[method](write, self._root, qnames, namespaces,
                                     short_empty_elements)

    def write_c14n(self, file):
        return self.write(file, method="c14n")


class _open_output:
    """Context manager giving a write(str) function for a file name, a text
    stream or a binary stream, encoding as requested."""

    def __init__(self, target, encoding):
        self.target = target
        self.encoding = encoding
        self.close = None

    def __enter__(self):
        enc = self.encoding
        target = self.target
        errors = "xmlcharrefreplace"
        if enc.lower() == "unicode":
            if hasattr(target, "write"):
                return target.write
            f = open(target, "w", errors=errors)
            self.close = f.close
            return f.write
        if hasattr(target, "write"):
            if isinstance(target, (io.TextIOBase, _Parts)):
                return target.write
            def write(s, _w=target.write, _e=enc):
                _w(s.encode(_e, errors))
            return write
        f = open(target, "wb")
        self.close = f.close
        def write(s, _w=f.write, _e=enc):
            _w(s.encode(_e, errors))
        return write

    def __exit__(self, *exc):
        if self.close is not None:
            self.close()


_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)"
                    % (text, type(text).__name__))


def _namespaces(elem, default_namespace=None):
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add(qname):
        try:
            if qname[:1] == "{":
                uri, local = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                qnames[qname] = "%s:%s" % (prefix, local) if prefix else local
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with "
                                     "default_namespace option")
                qnames[qname] = qname
        except TypeError:
            _raise_serialization_error(qname)

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add(key)
            if isinstance(value, QName) and value.text not in qnames:
                add(value.text)
        text = e.text
        if isinstance(text, QName) and text.text not in qnames:
            add(text.text)
    return qnames, namespaces


def _escaper(pairs):
    """A function replacing each (char, entity) of pairs in a text, in order
    ('&' first); a non-string raises ElementTree's serialization error."""
    def escape(text):
        try:
            for ch, ent in pairs:
                if ch in text:
                    text = text.replace(ch, ent)
            return text
        except (TypeError, AttributeError):
            _raise_serialization_error(text)
    return escape


_escape_cdata = _escaper((("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")))
_escape_attrib = _escaper((("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"),
                           ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;")))
_escape_attrib_html = _escaper((("&", "&amp;"), (">", "&gt;"), ("\"", "&quot;")))


def _attr_text(v, qnames, escape):
    if isinstance(v, QName):
        return qnames[v.text]
    return escape(v)


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements,
                   **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_xml(write, e, qnames, None, short_empty_elements)
        else:
            write("<" + tag)
            if namespaces:
                for uri, prefix in sorted(namespaces.items(),
                                          key=lambda kv: kv[1]):
                    write(' xmlns%s="%s"' % (":" + prefix if prefix else "",
                                             _escape_attrib(uri)))
            for k, v in elem.items():
                if isinstance(k, QName):
                    k = k.text
                write(' %s="%s"' % (qnames[k],
                                    _attr_text(v, qnames, _escape_attrib)))
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for e in elem:
                    _serialize_xml(write, e, qnames, None,
                                   short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr",
              "img", "input", "isindex", "link", "meta", "param", "source",
              "track", "wbr"}


def _serialize_html(write, elem, qnames, namespaces, *ignored):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_cdata(text))
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
        else:
            write("<" + tag)
            if namespaces:
                for uri, prefix in sorted(namespaces.items(),
                                          key=lambda kv: kv[1]):
                    write(' xmlns%s="%s"' % (":" + prefix if prefix else "",
                                             _escape_attrib(uri)))
            for k, v in elem.items():
                if isinstance(k, QName):
                    k = k.text
                write(' %s="%s"' % (qnames[k],
                                    _attr_text(v, qnames,
                                               _escape_attrib_html)))
            write(">")
            low = tag.lower()
            if text:
                if low == "script" or low == "style":
                    write(text)
                else:
                    write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
            if low not in HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


_serializers = {"xml": _serialize_xml, "html": _serialize_html,
                "text": _serialize_text}


class _Parts(list):
    """A text sink for tostring(): the pieces, joined (and encoded) once."""
    write = list.append


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    parts = _Parts()
    ElementTree(element).write(parts, encoding,
                               xml_declaration=xml_declaration,
                               default_namespace=default_namespace,
                               method=method,
                               short_empty_elements=short_empty_elements)
    text = "".join(parts)
    if encoding == "unicode":
        return text
    if not encoding:
        encoding = "utf-8" if method == "c14n" else "us-ascii"
    return text.encode(encoding, "xmlcharrefreplace")


def tostringlist(element, encoding=None, method=None, *,
                 xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    return [tostring(element, encoding, method,
                     xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %s"
                         % level)
    if not len(tree):
        return
    pads = ["\n" + level * space]

    def walk(elem, depth):
        inner = depth + 1
        if inner < len(pads):
            pad = pads[inner]
        else:
            pad = pads[depth] + space
            pads.append(pad)
        if not elem.text or not elem.text.strip():
            elem.text = pad
        last = None
        for child in elem:
            if len(child):
                walk(child, inner)
            if not child.tail or not child.tail.strip():
                child.tail = pad
            last = child
        if last is not None and not last.tail.strip():
            last.tail = pads[depth]

    walk(tree, 0)


# ---------------------------------------------------------------------------
# parsing

def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def iterparse(source, events=None, parser=None):
    pull = XMLPullParser(events=events, _parser=parser)
    close_source = False
    if not hasattr(source, "read"):
        source = open(source, "rb")
        close_source = True

    class IterParseIterator:
        root = None

        def __iter__(self):
            return self

        def __next__(self):
            while True:
                if self._pending:
                    return self._pending.pop(0)
                if self._done:
                    raise StopIteration
                try:
                    data = source.read(16 * 1024)
                    if data:
                        pull.feed(data)
                    else:
                        self.root = pull._close_and_return_root()
                        self._done = True
                    self._pending.extend(pull.read_events())
                except BaseException:
                    self._done = True
                    if close_source:
                        source.close()
                    raise
                if self._done and close_source:
                    source.close()

    it = IterParseIterator()
    it._pending = []
    it._done = False
    return it


class XMLPullParser:
    """Feed data, then read (event, element) pairs as they become ready."""

    def __init__(self, events=None, *, _parser=None):
        self._events = []
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ("end",)
        self._parser._setevents(self._events, events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        events = self._events
        while events:
            event = events.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event

    def flush(self):
        pass


def XML(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        i = elem.get("id")
        if i:
            ids[i] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


class TreeBuilder:
    """Builds an Element tree from start/data/end calls."""

    def __init__(self, element_factory=None, *, comment_factory=None,
                 pi_factory=None, insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._comment_factory = comment_factory or Comment
        self.insert_comments = insert_comments
        self._pi_factory = pi_factory or PI
        self.insert_pis = insert_pis
        self._factory = element_factory or Element

    def close(self):
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    assert self._last.tail is None, "internal error (tail)"
                    self._last.tail = text
                else:
                    assert self._last.text is None, "internal error (text)"
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        assert self._last.tag == tag, \
            "end tag mismatch (expected %s, got %s)" % (self._last.tag, tag)
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._handle_single(self._comment_factory,
                                   self.insert_comments, text)

    def pi(self, target, text=None):
        return self._handle_single(self._pi_factory, self.insert_pis,
                                   target, text)

    def _handle_single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


_NAME_START = re.compile(
    "[A-Za-z_:\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d"
    "\u037f-\u1fff\u200c-\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff"
    "\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff]")
_NAME = re.compile(
    "[A-Za-z_:\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d"
    "\u037f-\u1fff\u200c-\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff"
    "\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
    "\\-.0-9\u00b7\u0300-\u036f\u203f-\u2040]*")
_BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TEXT_STOP = re.compile("[<&\r]")
# Fast paths of the scanner (anything they do not match goes the slow,
# character-by-character way, which also reports the errors): a start tag
# whose attribute values hold no reference, no \t\n\r and no bad character,
# and an end tag.
_NAME_PAT = "(?:" + _NAME_START.pattern + _NAME.pattern + ")"
_VALUE_PAT = ("(?:\"[^\"<&\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]*\""
              "|'[^'<&\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]*')")
_START_TAG = re.compile("<(" + _NAME_PAT + ")((?:[ \t\r\n]+" + _NAME_PAT +
                        "[ \t\r\n]*=[ \t\r\n]*" + _VALUE_PAT +
                        ")*)[ \t\r\n]*(/?)>")
_ATTR = re.compile("(" + _NAME_PAT + ")[ \t\r\n]*=[ \t\r\n]*(" + _VALUE_PAT + ")")
_FAST = re.compile("((?:[^<&\r]|&(?:lt|gt|amp|quot|apos);)*)(?:<(" + _NAME_PAT + ")((?:[ \t\r\n]+" + _NAME_PAT +
                   "[ \t\r\n]*=[ \t\r\n]*" + _VALUE_PAT +
                   ")*)[ \t\r\n]*(/?)>|</(" + _NAME_PAT + ")[ \t\r\n]*>)")
_PREDEF_REF = re.compile("&(lt|gt|amp|quot|apos);")
_PREDEF = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def _predef_value(m):
    return _PREDEF[m.group(1)]


_END_TAG = re.compile("</(" + _NAME_PAT + ")[ \t\r\n]*>")
_SPACE = " \t\r\n"

_ERR = {
    2: "syntax error", 3: "no element found", 4: "not well-formed (invalid "
    "token)", 5: "unclosed token", 7: "mismatched tag", 8: "duplicate "
    "attribute", 9: "junk after document element", 11: "undefined entity",
    14: "reference to invalid character number", 17: "XML or text "
    "declaration not at start of entity", 20: "unclosed CDATA section",
    27: "unbound prefix",
}


class _Incomplete(Exception):
    """Raised inside the scanner when a token runs past the data so far."""


class _Fail(Exception):
    def __init__(self, code, pos):
        self.code = code
        self.pos = pos


class XMLParser:
    """A non-validating XML parser that drives a target (by default a
    TreeBuilder); errors are ParseError with expat's messages/positions."""

    def __init__(self, *, target=None, encoding=None):
        if target is None:
            target = TreeBuilder()
        self.target = self._target = target
        self._encoding = encoding
        self.version = "Expat 2.5.0"
        self.entity = {}
        self._names = {}
        self._raw = b""
        self._decoder = None
        self._text = ""
        self._pos = 0
        self._stack = []        # open element raw names
        self._ns = [{"xml": "http://www.w3.org/XML/1998/namespace"}]
        self._nsdecl = []       # per element: number of start-ns events
        self._root_seen = False
        self._root_done = False
        self._pending_text = []
        self._dtd_entities = {}
        self._closed = False
        self._first = True
        self._start_cb = getattr(target, "start", None)
        self._end_cb = getattr(target, "end", None)
        self._data_cb = getattr(target, "data", None)
        self._comment_cb = getattr(target, "comment", None)
        self._pi_cb = getattr(target, "pi", None)
        self._start_ns_cb = getattr(target, "start_ns", None)
        self._end_ns_cb = getattr(target, "end_ns", None)
        self._doctype_cb = getattr(target, "doctype", None)
        self._event_list = None
        self._event_kinds = ()
        # minidom wants names as written (prefix:local, xmlns attributes)
        self._raw_names = False
        self._cdata_cb = getattr(target, "_cdata", None)

    def _setevents(self, events_queue, events_to_report):
        self._event_list = events_queue
        kinds = set()
        for name in events_to_report:
            if name not in ("start", "end", "start-ns", "end-ns", "comment",
                            "pi"):
                raise ValueError("unknown event %r" % name)
            kinds.add(name)
        self._event_kinds = kinds

    # -- input ---------------------------------------------------------------

    def feed(self, data):
        if self._closed:
            raise ParseError("parser closed")
        if isinstance(data, str):
            if self._first and data[:1] == "\ufeff":
                data = data[1:]
            self._text += data
            self._first = False
        else:
            self._raw += bytes(data)
            if self._decoder is None:
                if not self._pick_encoding(False):
                    return
            chunk, self._raw = self._raw, b""
            self._text += self._decoder.decode(chunk)
        self._scan(False)

    def _pick_encoding(self, final):
        raw = self._raw
        enc = self._encoding
        if enc is None:
            if raw[:3] == b"\xef\xbb\xbf":
                self._raw = raw[3:]
                enc = "utf-8"
            elif raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
                enc = "utf-16"
            elif raw[:5] == b"<?xml":
                end = raw.find(b"?>")
                if end < 0 and not final and len(raw) < 1024:
                    return False
                m = re.search(rb"encoding\s*=\s*[\"']([A-Za-z0-9._\-]+)",
                              raw[:end if end >= 0 else 1024])
                enc = m.group(1).decode("ascii") if m else "utf-8"
            elif len(raw) < 5 and not final and b"<?xml".startswith(raw):
                return False
            else:
                enc = "utf-8"
        import codecs
        try:
            self._decoder = codecs.getincrementaldecoder(enc)()
        except LookupError:
            raise ValueError("multi-byte encodings are not supported") \
                if False else LookupError("unknown encoding: %s" % enc)
        return True

    def close(self):
        if self._raw or self._decoder is None and not isinstance(self._raw,
                                                                   str):
            if self._decoder is None and self._raw:
                self._pick_encoding(True)
            if self._decoder is not None:
                chunk, self._raw = self._raw, b""
                self._text += self._decoder.decode(chunk, True)
        self._scan(True)
        self._closed = True
        close = getattr(self._target, "close", None)
        if close is not None:
            return close()
        return None

    def flush(self):
        pass

    # -- errors --------------------------------------------------------------

    def _where(self, pos):
        text = self._text
        line = text.count("\n", 0, pos) + 1
        start = text.rfind("\n", 0, pos) + 1
        return line, pos - start

    def _error(self, code, pos):
        line, col = self._where(pos)
        err = ParseError("%s: line %d, column %d" % (_ERR[code], line, col))
        err.code = code
        err.position = (line, col)
        self._closed = True
        raise err

    # -- events --------------------------------------------------------------

    def _emit_text(self):
        if self._pending_text:
            text = "".join(self._pending_text)
            self._pending_text = []
            if self._data_cb is not None and self._stack:
                self._data_cb(text)

    def _qualify(self, name, pos, is_attr=False):
        if ":" in name:
            prefix, local = name.split(":", 1)
            uri = self._ns[-1].get(prefix)
            if uri is None:
                raise _Fail(27, pos)
            return "{%s}%s" % (uri, local)
        if not is_attr:
            uri = self._ns[-1].get("")
            if uri:
                return "{%s}%s" % (uri, name)
        return name

    def _do_start(self, name, attrs, pos):
        self._emit_text()
        decls = [(k, v) for k, v in attrs if k == "xmlns" or
                 k.startswith("xmlns:")]
        scope = self._ns[-1]
        if decls:
            scope = dict(scope)
            for k, v in decls:
                scope["" if k == "xmlns" else k[6:]] = v
        self._ns.append(scope)
        self._nsdecl.append(len(decls))
        for k, v in decls:
            prefix = "" if k == "xmlns" else k[6:]
            if self._start_ns_cb is not None:
                self._start_ns_cb(prefix, v)
            if "start-ns" in self._event_kinds:
                self._event_list.append(("start-ns", (prefix, v)))
        tag = self._qualify(name, pos)
        out = {}
        for k, v in attrs:
            if k == "xmlns" or k.startswith("xmlns:"):
                if self._raw_names:
                    out[k] = v
                continue
            qk = self._qualify(k, pos, True)
            out[k if self._raw_names else qk] = v
        if self._raw_names:
            tag = name
        self._stack.append(name)
        elem = None
        if self._start_cb is not None:
            elem = self._start_cb(tag, out)
        if "start" in self._event_kinds:
            self._event_list.append(("start", elem))
        self._root_seen = True

    def _do_end(self, pos):
        self._emit_text()
        name = self._stack.pop()
        tag = name if self._raw_names else self._qualify(name, pos)
        elem = None
        if self._end_cb is not None:
            elem = self._end_cb(tag)
        if "end" in self._event_kinds:
            self._event_list.append(("end", elem))
        self._ns.pop()
        for _ in range(self._nsdecl.pop()):
            if self._end_ns_cb is not None:
                self._end_ns_cb(None)
            if "end-ns" in self._event_kinds:
                self._event_list.append(("end-ns", None))
        if not self._stack:
            self._root_done = True

    # -- scanner -------------------------------------------------------------

    def _scan(self, final):
        try:
            self._scan_tokens(final)
        except _Fail as f:
            self._error(f.code, f.pos)
        except _Incomplete:
            if final:
                raise AssertionError("incomplete token at end")

    def _scan_tokens(self, final):
        text = self._text
        n = len(text)
        while True:
            pos = self._pos
            if pos >= n:
                if final:
                    if self._stack or not self._root_seen:
                        raise _Fail(3, n)
                return
            if self._stack:
                self._scan_fast(text, pos)
                pos = self._pos
                if pos >= n:
                    continue
            c = text[pos]
            if c == "<":
                self._markup(text, pos, final)
            elif not self._stack:
                # outside the root only whitespace is allowed
                end = pos
                while end < n and text[end] in _SPACE:
                    end += 1
                if end < n:
                    if text[end] == "<":
                        self._pos = end
                        continue
                    if self._root_done:
                        raise _Fail(9, end)
                    raise _Fail(2 if end == 0 or not self._root_seen
                                and text[end] != "&" else 4, end)
                self._pos = end
                if final:
                    continue
                return
            elif c == "&":
                self._reference(text, pos, final)
            else:
                m = _TEXT_STOP.search(text, pos)
                end = m.start() if m is not None else n
                bad = text.find("]]>", pos, end + 2 if end < n else end)
                if 0 <= bad < end:
                    raise _Fail(4, bad + 2)
                stop = end
                if end >= n and not final:
                    # a trailing ']' or ']]' may start a ']]>'
                    while stop > pos and text[stop - 1] == "]" and \
                            end - stop < 2:
                        stop -= 1
                self._check_chars(text, pos, stop)
                self._pending_text.append(text[pos:stop])
                self._pos = stop
                if end < n and text[end] == "\r":
                    if end + 1 >= n and not final:
                        return
                    self._pending_text.append("\n")
                    self._pos = end + (2 if text[end + 1:end + 2] == "\n"
                                       else 1)
                    continue
                if end >= n and not final:
                    return

    def _scan_fast(self, text, pos):
        """Inside the root element: text runs, start tags and end tags in the
        common form (no references, \\r, namespaces or bad characters), one
        regular-expression match each. Stops, with self._pos at the first
        token it leaves to the general scanner, at anything else."""
        stack = self._stack
        pending = self._pending_text
        ns = self._ns
        nsdecl = self._nsdecl
        start_cb = self._start_cb
        end_cb = self._end_cb
        data_cb = self._data_cb
        kinds = self._event_kinds
        events = self._event_list
        if self._raw_names:
            return
        fast = _FAST.match
        attr_re = _ATTR
        bad_char = _BAD_CHAR.search
        while stack:
            m = fast(text, pos)
            if m is None:
                break
            txt, name, attrtext, empty, ename = m.groups()
            if txt and ("]]>" in txt or bad_char(txt)):
                break
            if name is not None:
                scope = ns[-1]
                if ":" in name or scope.get(""):
                    break
                if attrtext:
                    if "xmlns" in attrtext:
                        break
                    attrs = attr_re.findall(attrtext)
                    out = {}
                    for k, v in attrs:
                        if ":" in k:
                            break
                        out[k] = v[1:-1]
                    else:
                        if len(out) != len(attrs):
                            break
                        attrs = None
                    if attrs is not None:
                        break
                else:
                    out = {}
            else:
                name = ename
                if stack[-1] != name or ":" in name or ns[-1].get("") or nsdecl[-1]:
                    break
            # committed: nothing below can fail
            if txt:
                if "&" in txt:
                    txt = _PREDEF_REF.sub(_predef_value, txt)
                pending.append(txt)
            if pending:
                data = "".join(pending)
                pending.clear()
                if data_cb is not None:
                    data_cb(data)
            pos = self._pos = m.end()
            if name is not ename:
                ns.append(scope)
                nsdecl.append(0)
                stack.append(name)
                elem = None
                if start_cb is not None:
                    elem = start_cb(name, out)
                if "start" in kinds:
                    events.append(("start", elem))
                self._root_seen = True
                if not empty:
                    continue
            stack.pop()
            elem = None
            if end_cb is not None:
                elem = end_cb(name)
            if "end" in kinds:
                events.append(("end", elem))
            ns.pop()
            nsdecl.pop()
            if not stack:
                self._root_done = True
        self._pos = pos

    def _check_chars(self, text, start, end):
        m = _BAD_CHAR.search(text, start, end)
        if m:
            raise _Fail(4, m.start())

    def _need(self, text, idx, final, start):
        """text[idx] must exist; otherwise wait for data or fail."""
        if idx >= len(text):
            if final:
                raise _Fail(5, start)
            raise _Incomplete()

    def _name_at(self, text, pos, final, start):
        self._need(text, pos, final, start)
        if not _NAME_START.match(text, pos):
            raise _Fail(4, pos)
        m = _NAME.match(text, pos + 1)
        end = m.end()
        if end >= len(text):
            self._need(text, end, final, start)
        return text[pos:end], end

    def _skip_space(self, text, pos, final, start):
        while True:
            self._need(text, pos, final, start)
            if text[pos] not in _SPACE:
                return pos
            pos += 1

    def _markup(self, text, pos, final):
        n = len(text)
        self._need(text, pos + 1, final, pos)
        c = text[pos + 1]
        if c == "/":
            self._end_tag(text, pos, final)
        elif c == "?":
            self._pi(text, pos, final)
        elif c == "!":
            if text.startswith("<!--", pos):
                end = text.find("--", pos + 4)
                while True:
                    if end < 0:
                        if final:
                            raise _Fail(5, pos)
                        raise _Incomplete()
                    if end + 2 >= n:
                        if final:
                            raise _Fail(5, pos)
                        raise _Incomplete()
                    if text[end + 2] != ">":
                        raise _Fail(4, end + 2)
                    break
                body = text[pos + 4:end]
                self._check_chars(text, pos + 4, end)
                self._pos = end + 3
                body = body.replace("\r\n", "\n").replace("\r", "\n")
                if self._stack:
                    self._emit_text()
                elem = None
                if self._comment_cb is not None:
                    elem = self._comment_cb(body)
                if "comment" in self._event_kinds:
                    self._event_list.append(("comment", elem))
            elif text.startswith("<![CDATA[", pos):
                if not self._stack:
                    raise _Fail(9 if self._root_done else 4, pos)
                end = text.find("]]>", pos + 9)
                if end < 0:
                    if final:
                        raise _Fail(20, n)
                    raise _Incomplete()
                self._check_chars(text, pos + 9, end)
                body = text[pos + 9:end]
                body = body.replace("\r\n", "\n").replace("\r", "\n")
                if self._cdata_cb is not None:
                    self._emit_text()
                    self._cdata_cb(body)
                else:
                    self._pending_text.append(body)
                self._pos = end + 3
            elif text.startswith("<!DOCTYPE", pos):
                if self._root_seen:
                    raise _Fail(9, pos)
                self._doctype(text, pos, final)
            elif not final and len(text) - pos < 9 and (
                    "<![CDATA[".startswith(text[pos:]) or
                    "<!DOCTYPE".startswith(text[pos:]) or
                    "<!--".startswith(text[pos:])):
                raise _Incomplete()
            else:
                if self._root_done:
                    raise _Fail(9, pos)
                raise _Fail(4, pos + 2)
        else:
            if self._root_done:
                raise _Fail(9, pos)
            self._start_tag(text, pos, final)

    def _pi(self, text, pos, final):
        target, at = self._name_at(text, pos + 2, final, pos)
        end = text.find("?>", at)
        if end < 0:
            if final:
                raise _Fail(5, pos)
            raise _Incomplete()
        if target.lower() == "xml":
            if pos != 0:
                raise _Fail(17, pos)
            self._pos = end + 2
            return
        if at < end and text[at] not in _SPACE:
            raise _Fail(4, at)
        body = text[at:end].lstrip(_SPACE)
        self._check_chars(text, at, end)
        self._pos = end + 2
        if self._stack:
            self._emit_text()
        elem = None
        if self._pi_cb is not None:
            elem = self._pi_cb(target, body)
        if "pi" in self._event_kinds:
            self._event_list.append(("pi", elem))

    def _doctype(self, text, pos, final):
        at = pos + 9
        depth = 0
        quote = None
        i = at
        n = len(text)
        while True:
            if i >= n:
                if final:
                    raise _Fail(5, pos)
                raise _Incomplete()
            ch = text[i]
            if quote:
                if ch == quote:
                    quote = None
            elif ch in "'\"":
                quote = ch
            elif ch == "[":
                depth += 1
            elif ch == "]":
                depth -= 1
            elif ch == ">" and depth == 0:
                break
            i += 1
        body = text[at:i]
        for m in re.finditer(r"<!ENTITY\s+([^\s%]+)\s+(\"[^\"]*\"|'[^']*')\s*>",
                             body):
            name = m.group(1)
            if name not in self._dtd_entities:
                self._dtd_entities[name] = m.group(2)[1:-1]
        if self._doctype_cb is not None:
            m = re.match(r"\s*([^\s\[>]+)(?:\s+PUBLIC\s+(\"[^\"]*\"|'[^']*')"
                         r"\s+(\"[^\"]*\"|'[^']*')|\s+SYSTEM\s+"
                         r"(\"[^\"]*\"|'[^']*'))?", body)
            if m:
                pub = m.group(2)[1:-1] if m.group(2) else None
                sysid = m.group(3) or m.group(4)
                self._doctype_cb(m.group(1), pub,
                                 sysid[1:-1] if sysid else None)
        self._pos = i + 1

    def _expand_entity(self, name, pos, depth=0):
        simple = {"lt": "<", "gt": ">", "amp": "&", "quot": '"',
                  "apos": "'"}
        if name in simple:
            return simple[name]
        value = self._dtd_entities.get(name)
        if value is None:
            raise _Fail(11, pos)
        if depth > 20:
            raise _Fail(11, pos)
        out = []
        i = 0
        while i < len(value):
            j = value.find("&", i)
            if j < 0:
                out.append(value[i:])
                break
            out.append(value[i:j])
            k = value.find(";", j)
            if k < 0:
                raise _Fail(4, pos)
            ref = value[j + 1:k]
            if ref.startswith("#"):
                out.append(self._char_ref(ref[1:], pos))
            else:
                out.append(self._expand_entity(ref, pos, depth + 1))
            i = k + 1
        return "".join(out)

    def _char_ref(self, body, pos):
        try:
            if body[:1] == "x":
                if not re.match(r"[0-9a-fA-F]+$", body[1:]):
                    raise _Fail(4, pos)
                code = int(body[1:], 16)
            else:
                if not re.match(r"[0-9]+$", body):
                    raise _Fail(4, pos)
                code = int(body)
        except ValueError:
            raise _Fail(4, pos)
        if (code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or
                0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF):
            return chr(code)
        raise _Fail(14, pos)

    def _ref_at(self, text, pos, final, start):
        """Parse &...; at pos: returns (replacement, end)."""
        n = len(text)
        self._need(text, pos + 1, final, start)
        if text[pos + 1] == "#":
            i = pos + 2
            self._need(text, i, final, start)
            hexa = text[i] == "x"
            if hexa:
                i += 1
            j = i
            while True:
                self._need(text, j, final, start)
                ch = text[j]
                if ch == ";":
                    break
                if not (ch.isdigit() and ch.isascii() or
                        hexa and ch in "abcdefABCDEF"):
                    raise _Fail(4, j)
                j += 1
            if j == i:
                raise _Fail(4, j)
            return self._char_ref(text[pos + 2:j], pos), j + 1
        name, end = self._name_at(text, pos + 1, final, start)
        if end >= n:
            self._need(text, end, final, start)
        if text[end] != ";":
            raise _Fail(4, end)
        return self._expand_entity(name, pos), end + 1

    def _reference(self, text, pos, final):
        value, end = self._ref_at(text, pos, final, pos)
        self._pending_text.append(value)
        self._pos = end

    def _start_tag(self, text, pos, final):
        m = _START_TAG.match(text, pos)
        if m is not None:
            # the common case in one match: plain attribute values (no
            # references, no whitespace to normalise, no bad characters)
            name = m.group(1)
            attrs = _ATTR.findall(text, m.start(2), m.end(2))
            if len(attrs) < 2 or len({a for a, v in attrs}) == len(attrs):
                attrs = [(a, v[1:-1]) for a, v in attrs]
                self._pos = m.end()
                self._do_start(name, attrs, pos)
                if m.group(3):
                    self._do_end(pos)
                return
        name, at = self._name_at(text, pos + 1, final, pos)
        attrs = []
        seen = set()
        while True:
            self._need(text, at, final, pos)
            ch = text[at]
            if ch == ">":
                self._pos = at + 1
                self._do_start_checked(name, attrs, pos)
                return
            if ch == "/":
                self._need(text, at + 1, final, pos)
                if text[at + 1] != ">":
                    raise _Fail(4, at + 1)
                self._pos = at + 2
                self._do_start_checked(name, attrs, pos)
                self._do_end(pos)
                return
            if ch not in _SPACE:
                raise _Fail(4, at)
            at = self._skip_space(text, at, final, pos)
            ch = text[at]
            if ch in "/>":
                continue
            aname, at2 = self._name_at(text, at, final, pos)
            if aname in seen:
                raise _Fail(8, at)
            seen.add(aname)
            at = self._skip_space(text, at2, final, pos)
            if text[at] != "=":
                raise _Fail(4, at)
            at = self._skip_space(text, at + 1, final, pos)
            quote = text[at]
            if quote not in "'\"":
                raise _Fail(4, at)
            value = []
            i = at + 1
            while True:
                self._need(text, i, final, pos)
                ch = text[i]
                if ch == quote:
                    break
                if ch == "<":
                    raise _Fail(4, i)
                if ch == "&":
                    rep, i = self._ref_at(text, i, final, pos)
                    value.append(rep)
                    continue
                if ch in "\t\n":
                    value.append(" ")
                elif ch == "\r":
                    value.append(" ")
                    if text[i + 1:i + 2] == "\n":
                        i += 1
                else:
                    if _BAD_CHAR.match(ch):
                        raise _Fail(4, i)
                    value.append(ch)
                i += 1
            attrs.append((aname, "".join(value)))
            at = i + 1

    def _do_start_checked(self, name, attrs, pos):
        try:
            self._do_start(name, attrs, pos)
        except _Fail:
            raise

    def _end_tag(self, text, pos, final):
        m = _END_TAG.match(text, pos)
        if m is not None:
            name = m.group(1)
            at = m.end() - 1
        else:
            name, at = self._name_at(text, pos + 2, final, pos)
            at = self._skip_space(text, at, final, pos)
        if text[at] != ">":
            raise _Fail(4, at)
        if not self._stack:
            raise _Fail(9 if self._root_done else 4, pos)
        if self._stack[-1] != name:
            raise _Fail(7, pos + 2)
        self._pos = at + 1
        self._do_end(pos)
