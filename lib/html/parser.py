"""html.parser for coil: HTMLParser, a tolerant event-driven HTML tokenizer
(start/end tags, data, comments, declarations, processing instructions,
entity and character references) with CPython 3.11's callbacks and
getpos(). Written for coil."""

import re
from html import unescape

__all__ = ['HTMLParser']

# A tag name, then the separators before the first attribute.
_TAGNAME = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
# One attribute: name, optional "= value" (quoted or bare), separators after.
_ATTR = re.compile(
    r'''((?<=['"\s/])[^\s/>][^\s/=>]*)'''
    r'''(\s*=+\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*))?'''
    r'''(?:\s|/(?!>))*''')
_END_TAG = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_CHARREF = re.compile(r'&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_ENTITYREF = re.compile(r'&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_INCOMPLETE_REF = re.compile(r'&[a-zA-Z#]')
_COMMENT_CLOSE = re.compile(r'--\s*>')
_MARKED_NAME = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_MARKED_CLOSE = re.compile(r']\s*]\s*>')
_MS_MARKED_CLOSE = re.compile(r']\s*>')
_SPACE_OR_SEMI = re.compile(r'[\s;]')
_REF_OR_TAG = re.compile(r'[&<]')


class HTMLParser:
    """Feed text with feed(); the handle_* methods are called for each
    piece. Override them in a subclass."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _REF_OR_TAG
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self._starttag_text = None

    def feed(self, data):
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        self.goahead(1)

    def getpos(self):
        return self.lineno, self.offset

    def get_starttag_text(self):
        return self._starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _REF_OR_TAG
        self.cdata_elem = None

    def updatepos(self, i, j):
        if i >= j:
            return j
        rawdata = self.rawdata
        nlines = rawdata.count("\n", i, j)
        if nlines:
            self.lineno += nlines
            self.offset = j - (rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def _data(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            text = unescape(text)
        self.handle_data(text)

    def goahead(self, end):
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            if self.convert_charrefs and not self.cdata_elem:
                j = rawdata.find('<', i)
                if j < 0:
                    # A reference may be cut in two at the end of this
                    # chunk: hold the text back until more arrives.
                    amp = rawdata.rfind('&', max(i, n - 34))
                    if amp >= 0 and not _SPACE_OR_SEMI.search(rawdata, amp):
                        break
                    j = n
            else:
                m = self.interesting.search(rawdata, i)
                if m:
                    j = m.start()
                else:
                    if self.cdata_elem:
                        break
                    j = n
            if i < j:
                self._data(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith('<', i):
                if _TAGNAME.match(rawdata, i + 1) and rawdata[i + 1:i + 2].isascii():
                    k = self.parse_starttag(i)
                elif rawdata.startswith("</", i):
                    k = self.parse_endtag(i)
                elif rawdata.startswith("<!--", i):
                    k = self.parse_comment(i)
                elif rawdata.startswith("<?", i):
                    k = self.parse_pi(i)
                elif rawdata.startswith("<!", i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data("<")
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    k = rawdata.find('>', i + 1)
                    if k < 0:
                        k = rawdata.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._data(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith("&#", i):
                m = _CHARREF.match(rawdata, i)
                if m:
                    self.handle_charref(m.group()[2:-1])
                    k = m.end()
                    if not rawdata.startswith(';', k - 1):
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in rawdata[i:]:
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif rawdata.startswith('&', i):
                m = _ENTITYREF.match(rawdata, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if not rawdata.startswith(';', k - 1):
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                m = _INCOMPLETE_REF.match(rawdata, i)
                if m:
                    if end and m.group() == rawdata[i:]:
                        k = m.end()
                        if k <= i:
                            k = n
                        i = self.updatepos(i, i + 1)
                    break
                elif i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._data(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def _start_tag_end(self, i):
        """Index just past the '>' closing the start tag at i; -1 when the
        tag is not complete yet. Quotes only count in value position."""
        rawdata = self.rawdata
        n = len(rawdata)
        j = i + 1
        after_eq = False
        while j < n:
            c = rawdata[j]
            if c == '>':
                return j + 1
            if after_eq and c in '"\'':
                close = rawdata.find(c, j + 1)
                if close < 0:
                    return -1
                j = close + 1
                after_eq = False
                continue
            if c == '=':
                after_eq = True
            elif not c.isspace():
                after_eq = False
            j += 1
        return -1

    def parse_starttag(self, i):
        endpos = self._start_tag_end(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self._starttag_text = rawdata[i:endpos]
        attrs = []
        m = _TAGNAME.match(rawdata, i + 1)
        k = m.end()
        self.lasttag = tag = m.group(1).lower()
        while k < endpos:
            m = _ATTR.match(rawdata, k)
            if not m:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == value[-1:] and value[:1] in ('"', "'") and len(value) > 1:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
            if k > endpos - 1:
                k = endpos - 1
                break
        tail = rawdata[k:endpos].strip()
        if tail not in (">", "/>"):
            self.handle_data(rawdata[i:endpos])
            return endpos
        if tail.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def parse_endtag(self, i):
        rawdata = self.rawdata
        gtpos = rawdata.find('>', i + 1)
        if gtpos < 0:
            return -1
        m = _END_TAG.match(rawdata[i:gtpos + 1])
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos + 1])
                return gtpos + 1
            name = _TAGNAME.match(rawdata, i + 2)
            if not name:
                if rawdata[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            tagname = name.group(1).lower()
            gtpos = rawdata.find('>', name.end())
            self.handle_endtag(tagname)
            return gtpos + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:gtpos + 1])
            return gtpos + 1
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos + 1

    def parse_comment(self, i, report=1):
        rawdata = self.rawdata
        m = _COMMENT_CLOSE.search(rawdata, i + 4)
        if not m:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:m.start()])
        return m.end()

    def parse_bogus_comment(self, i, report=1):
        rawdata = self.rawdata
        pos = rawdata.find('>', i + 2)
        if pos < 0:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        rawdata = self.rawdata
        j = rawdata.find('>', i + 2)
        if j < 0:
            return -1
        self.handle_pi(rawdata[i + 2:j])
        return j + 1

    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if rawdata[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == '<!doctype':
            gtpos = rawdata.find('>', i + 9)
            if gtpos < 0:
                return -1
            self.handle_decl(rawdata[i + 2:gtpos])
            return gtpos + 1
        return self.parse_bogus_comment(i)

    def parse_marked_section(self, i, report=1):
        rawdata = self.rawdata
        m = _MARKED_NAME.match(rawdata, i + 3)
        if not m:
            if i + 3 >= len(rawdata):
                return -1
            return self.parse_bogus_comment(i, report)
        name = m.group().strip().lower()
        if name in ("temp", "cdata", "ignore", "include", "rcdata"):
            close = _MARKED_CLOSE.search(rawdata, i + 3)
        elif name in ("if", "else", "endif"):
            close = _MS_MARKED_CLOSE.search(rawdata, i + 3)
        else:
            return self.parse_bogus_comment(i, report)
        if not close:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:close.start()])
        return close.end()

    # Overridable handlers.
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
