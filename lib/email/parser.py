"""Parsers turning text or bytes into Message object trees (the compat32
feedparser's results, computed on the whole input at once)."""

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser',
           'FeedParser', 'BytesFeedParser']

import re
from io import StringIO, TextIOWrapper

from email import errors
from email.policy import compat32

_LINE = re.compile(r'[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+')
_EOL = re.compile(r'(\r\n|\r|\n)\Z')
_BOL = re.compile(r'\A(\r\n|\r|\n)')
_BLANK = re.compile(r'\A(\r\n|\r|\n)')
_HEADER = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')


def _strip_eol(s):
    mo = _EOL.search(s)
    return s[:-len(mo.group(0))] if mo else s


class _Lines:
    """The input's lines (ends kept) with a cursor and a stack of
    end-of-part predicates (multipart boundaries)."""

    def __init__(self, text):
        self.lines = _LINE.findall(text)
        self.pos = 0
        self.stops = []

    def next(self):
        if self.pos >= len(self.lines):
            return None
        line = self.lines[self.pos]
        for stop in self.stops:
            if stop(line):
                return None
        self.pos += 1
        return line

    def back(self):
        self.pos -= 1

    def rest(self):
        out = []
        while True:
            line = self.next()
            if line is None:
                return out
            out.append(line)


class _Builder:
    def __init__(self, factory, policy):
        self.factory = factory
        self.policy = policy

    def new(self):
        if self.factory is None:
            from email.message import Message
            return Message(policy=self.policy)
        try:
            return self.factory(policy=self.policy)
        except TypeError:
            return self.factory()

    def parse(self, inp, headersonly, default_type=None):
        return self._parse(inp, headersonly, default_type)[0]

    def _parse(self, inp, headersonly, default_type=None):
        # (message, the message whose trailing line end belongs to an
        # enclosing boundary: the last one created, or a multipart itself)
        msg = self.new()
        if default_type is not None:
            msg.set_default_type(default_type)
        self._headers(msg, inp)
        if headersonly:
            msg.set_payload(''.join(inp.rest()))
            return msg, msg
        ctype = msg.get_content_type()
        main = msg.get_content_maintype()
        last = msg
        if ctype == 'message/delivery-status':
            last = self._delivery_status(msg, inp)
        elif main == 'message':
            sub, last = self._parse(inp, False)
            msg.attach(sub)
        elif main == 'multipart':
            self._multipart(msg, inp)
        else:
            msg.set_payload(''.join(inp.rest()))
        return msg, last

    def _delivery_status(self, msg, inp):
        sub = msg
        while True:
            sub = self.new()
            self._headers(sub, inp)
            msg.attach(sub)
            line = inp.next()
            if line is None:
                break
            if not _BLANK.match(line):
                inp.back()
                break
            if inp.pos >= len(inp.lines):
                break
        return sub

    def _headers(self, msg, inp):
        block = []
        while True:
            line = inp.next()
            if line is None:
                break
            if not _HEADER.match(line):
                if not _BLANK.match(line):
                    self.policy.handle_defect(
                        msg, errors.MissingHeaderBodySeparatorDefect())
                    inp.back()
                break
            block.append(line)
        name = ''
        value = []
        for n, line in enumerate(block):
            if line[0] in ' \t':
                if not name:
                    self.policy.handle_defect(
                        msg, errors.FirstHeaderLineIsContinuationDefect(line))
                    continue
                value.append(line)
                continue
            if name:
                msg.set_raw(*self.policy.header_source_parse(value))
                name, value = '', []
            if line.startswith('From '):
                if n == 0:
                    msg.set_unixfrom(_strip_eol(line))
                    continue
                if n == len(block) - 1:
                    inp.back()
                    return
                self.policy.handle_defect(
                    msg, errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            i = line.find(':')
            if i == 0:
                self.policy.handle_defect(
                    msg, errors.InvalidHeaderDefect("Missing header name."))
                continue
            name = line[:i]
            value = [line]
        if name:
            msg.set_raw(*self.policy.header_source_parse(value))

    def _multipart(self, msg, inp):
        boundary = msg.get_boundary()
        if boundary is None:
            self.policy.handle_defect(msg, errors.NoBoundaryInMultipartDefect())
            msg.set_payload(''.join(inp.rest()))
            return
        cte = str(msg.get('content-transfer-encoding', '8bit')).lower()
        if cte not in ('7bit', '8bit', 'binary'):
            self.policy.handle_defect(
                msg, errors.InvalidMultipartContentTransferEncodingDefect())
        bre = re.compile('(?P<sep>' + re.escape('--' + boundary) +
                         r')(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$')
        subtype_default = ('message/rfc822'
                           if msg.get_content_subtype() == 'digest' else None)
        preamble = []
        in_preamble = True
        closed = False
        end_sep = None
        while True:
            line = inp.next()
            if line is None:
                break
            mo = bre.match(line)
            if not mo:
                preamble.append(line)
                continue
            if mo.group('end'):
                closed = True
                end_sep = mo.group('linesep')
                break
            if in_preamble:
                if preamble:
                    preamble[-1] = _strip_eol(preamble[-1])
                    msg.preamble = ''.join(preamble)
                in_preamble = False
            # a subpart, up to the next boundary line
            inp.stops.append(bre.match)
            part, last = self._parse(inp, False, subtype_default)
            inp.stops.pop()
            msg.attach(part)
            if last.get_content_maintype() == 'multipart':
                epi = last.epilogue
                if epi == '':
                    last.epilogue = None
                elif epi is not None:
                    last.epilogue = _strip_eol(epi)
            elif isinstance(last._payload, str):
                last._payload = _strip_eol(last._payload)
        if in_preamble:
            self.policy.handle_defect(msg, errors.StartBoundaryNotFoundDefect())
            msg.set_payload(''.join(preamble))
            msg.epilogue = ''.join(inp.rest())
            return
        if not closed:
            self.policy.handle_defect(msg, errors.CloseBoundaryNotFoundDefect())
            return
        epilogue = [''] if end_sep else []
        epilogue.extend(inp.rest())
        if epilogue:
            mo = _BOL.match(epilogue[0])
            if mo:
                epilogue[0] = epilogue[0][len(mo.group(0)):]
        msg.epilogue = ''.join(epilogue)


class FeedParser:
    """Incremental parser: feed() text, close() returns the Message."""

    def __init__(self, _factory=None, *, policy=compat32):
        self.policy = policy
        self._factory = _factory
        if _factory is None and policy.message_factory is not None:
            self._factory = policy.message_factory
        self._chunks = []
        self._headersonly = False

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        self._chunks.append(data)

    def close(self):
        text = ''.join(self._chunks)
        factory = self._factory
        if factory is None:
            from email.message import Message, EmailMessage
            from email.policy import EmailPolicy
            factory = EmailMessage if isinstance(self.policy, EmailPolicy) else Message
        builder = _Builder(factory, self.policy)
        root = builder.parse(_Lines(text), self._headersonly)
        if (not self._headersonly and root.get_content_maintype() == 'multipart'
                and not root.is_multipart()):
            self.policy.handle_defect(root, errors.MultipartInvariantViolationDefect())
        return root


class BytesFeedParser(FeedParser):
    def feed(self, data):
        super().feed(data.decode('ascii', 'surrogateescape'))


class Parser:
    """Parse text (a file or a str) into a message tree."""

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        feedparser = FeedParser(self._class, policy=self.policy)
        if headersonly:
            feedparser._set_headersonly()
        while True:
            data = fp.read(8192)
            if not data:
                break
            feedparser.feed(data)
        return feedparser.close()

    def parsestr(self, text, headersonly=False):
        return self.parse(StringIO(text), headersonly=headersonly)


class HeaderParser(Parser):
    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    """Parse bytes (a binary file or a bytes object) into a message tree;
    non-ASCII bytes are kept surrogate-escaped."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        data = fp.read()
        return self.parsebytes(data, headersonly)

    def parsebytes(self, text, headersonly=False):
        text = bytes(text).decode('ASCII', errors='surrogateescape')
        return self.parser.parsestr(text, headersonly)


class BytesHeaderParser(BytesParser):
    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)
