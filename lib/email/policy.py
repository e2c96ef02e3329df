"""Policies controlling parsing and generation: compat32 (the Python 3.2
behaviour, exact) and EmailPolicy/default/SMTP/SMTPUTF8/HTTP/strict (the
common paths: RFC 2047 decoded header values, unstructured folding)."""

import re

from email import header as _header
from email import charset as _charset
from email.utils import _has_surrogates

__all__ = ['Policy', 'Compat32', 'compat32', 'EmailPolicy', 'default',
           'SMTP', 'SMTPUTF8', 'HTTP', 'strict']

linesep_splitter = re.compile(r'\n|\r')


class _PolicyBase:
    """Immutable attribute bundle: clone(**kw) copies with changes and
    policy1 + policy2 combines."""

    def __init__(self, **kw):
        for name, value in kw.items():
            if hasattr(self, name):
                object.__setattr__(self, name, value)
            else:
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    name, self.__class__.__name__))

    def __repr__(self):
        args = ["{}={!r}".format(name, value) for name, value in self.__dict__.items()]
        return "{}({})".format(self.__class__.__name__, ', '.join(args))

    def clone(self, **kw):
        new = self.__class__.__new__(self.__class__)
        for attr, value in self.__dict__.items():
            object.__setattr__(new, attr, value)
        for attr, value in kw.items():
            if not hasattr(self, attr):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    attr, self.__class__.__name__))
            object.__setattr__(new, attr, value)
        return new

    def __setattr__(self, name, value):
        if hasattr(self, name):
            msg = "{!r} object attribute {!r} is read-only"
        else:
            msg = "{!r} object has no attribute {!r}"
        raise AttributeError(msg.format(self.__class__.__name__, name))

    def __add__(self, other):
        return self.clone(**other.__dict__)


class Policy(_PolicyBase):
    raise_on_defect = False
    linesep = '\n'
    cte_type = '8bit'
    max_line_length = 78
    mangle_from_ = False
    message_factory = None

    def handle_defect(self, obj, defect):
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        obj.defects.append(defect)

    def header_max_count(self, name):
        return None


class Compat32(Policy):
    """The email package's historical behaviour."""

    mangle_from_ = True

    def _sanitize_header(self, name, value):
        if not isinstance(value, str):
            return value
        if _has_surrogates(value):
            return _header.Header(value, charset=_charset.UNKNOWN8BIT,
                                  header_name=name)
        return value

    def header_source_parse(self, sourcelines):
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        return self._sanitize_header(name, value)

    def fold(self, name, value):
        return self._fold(name, value, sanitize=True)

    def fold_binary(self, name, value):
        folded = self._fold(name, value, sanitize=self.cte_type == '7bit')
        return folded.encode('ascii', 'surrogateescape')

    def _fold(self, name, value, sanitize):
        parts = ['%s: ' % name]
        if isinstance(value, str):
            if _has_surrogates(value):
                if sanitize:
                    h = _header.Header(value, charset=_charset.UNKNOWN8BIT,
                                       header_name=name)
                else:
                    parts.append(value)
                    h = None
            else:
                h = _header.Header(value, header_name=name)
        else:
            h = value
        if h is not None:
            parts.append(h.encode(linesep=self.linesep,
                                  maxlinelen=self.max_line_length or 0))
        parts.append(self.linesep)
        return ''.join(parts)


compat32 = Compat32()


def _decoded_value(value):
    # the unicode text of a header value holding RFC 2047 encoded words
    if '=?' not in value:
        return value
    try:
        return str(_header.make_header(_header.decode_header(value)))
    except Exception:
        return value


_UNIQUE = {'orig-date', 'from', 'sender', 'reply-to', 'to', 'cc', 'bcc',
           'message-id', 'in-reply-to', 'references', 'subject',
           'mime-version', 'content-type', 'content-transfer-encoding',
           'content-disposition', 'content-id', 'date'}


class EmailPolicy(Policy):
    """RFC-conformant behaviour (a subset): header values come back RFC 2047
    decoded with folding removed; folding rewraps unstructured text at
    whitespace and encodes non-ASCII words as utf-8 encoded words."""

    refold_source = 'long'
    utf8 = False
    mangle_from_ = False

    def __init__(self, **kw):
        super().__init__(**kw)

    @property
    def content_manager(self):
        from email.contentmanager import raw_data_manager
        return raw_data_manager

    def header_max_count(self, name):
        return 1 if name.lower() in _UNIQUE else None

    def header_source_parse(self, sourcelines):
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        if hasattr(value, 'name') and value.name.lower() == name.lower():
            return (name, value)
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError("Header values may not contain linefeed "
                             "or carriage return characters")
        return (name, str(value))

    def header_fetch_parse(self, name, value):
        if hasattr(value, 'name'):
            return value
        value = ''.join(linesep_splitter.split(value))
        return _decoded_value(value)

    def fold(self, name, value):
        return self._fold(name, value, refold_binary=True)

    def fold_binary(self, name, value):
        folded = self._fold(name, value, refold_binary=self.cte_type == '7bit')
        charset = 'utf8' if self.utf8 else 'ascii'
        return folded.encode(charset, 'surrogateescape')

    def _fold(self, name, value, refold_binary=False):
        maxlen = self.max_line_length or 10000000
        lines = value.splitlines()
        refold = (self.refold_source == 'all' or
                  (self.refold_source == 'long' and
                   ((lines and len(lines[0]) + len(name) + 2 > maxlen) or
                    any(len(x) > maxlen for x in lines[1:]))))
        if not refold and '=?' not in value and (self.utf8 or value.isascii()):
            return name + ': ' + self.linesep.join(lines) + self.linesep
        text = _decoded_value(''.join(linesep_splitter.split(value)))
        return self._fold_unstructured(name, text, maxlen)

    def _fold_unstructured(self, name, text, maxlen):
        # runs of non-ASCII words become one utf-8 encoded word ('q' unless
        # 'b' is at least 5 characters shorter)
        words = []
        run = []
        for w in text.split(' ') + [None]:
            if w is not None and not self.utf8 and not w.isascii():
                run.append(w)
                continue
            if run:
                words.append(_encoded_word(' '.join(run)))
                run = []
            if w:
                words.append(w)
        out = []
        line = name + ':'
        for w in words:
            if len(line) + 1 + len(w) > maxlen and line != name + ':':
                out.append(line)
                line = ''
            line += ' ' + w
        out.append(line)
        return self.linesep.join(out) + self.linesep


def _encoded_word(text):
    from email import quoprimime, base64mime
    raw = text.encode('utf-8')
    qlen = quoprimime.header_length(raw)
    blen = base64mime.header_length(raw)
    if qlen - blen < 5:
        return quoprimime.header_encode(raw, 'utf-8')
    return base64mime.header_encode(raw, 'utf-8')


default = EmailPolicy()
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')
HTTP = default.clone(linesep='\r\n', max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
