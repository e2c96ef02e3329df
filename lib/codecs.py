"""codecs: the codec registry and base classes (coil's version of CPython
3.11's module).

Text codecs: utf-8, ascii and latin-1 are coil's C codecs (str.encode /
bytes.decode); utf-8-sig, utf-16(-le/-be), utf-32(-le/-be), cp1252,
unicode-escape, raw-unicode-escape and the single-byte charmap codecs of
_sbcs (iso8859-2..16, cp125x, cp437, koi8-r, mac-roman...) are written here, and str.encode /
bytes.decode reach them (and any codec added with register()) through
_coil_encode / _coil_decode. Bytes-to-bytes and str-to-str codecs for
codecs.encode / decode: hex, base64, rot13. Error handlers: strict,
ignore, replace, backslashreplace, xmlcharrefreplace, namereplace (when
unicodedata is available), surrogateescape, surrogatepass, and any
registered with register_error."""

import sys
import builtins

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % \
            (self.__class__.__module__, self.__class__.__qualname__,
             self.name, id(self))


# ---- base classes

class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder keeping unencoded input between calls."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    """Decodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder keeping undecoded input (a partial character)
    between calls."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        """Writes the object's contents encoded to self.stream."""
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamReader(Codec):

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        """Decodes data from the stream and returns the resulting object
        (at most chars characters when chars >= 0)."""
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            if size < 0:
                newdata = self.stream.read()
            else:
                newdata = self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        """Read one line from the input stream and return the decoded
        data."""
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                if (isinstance(data, str) and data.endswith("\r")) or \
                        (isinstance(data, bytes) and data.endswith(b"\r")):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + \
                        self.charbuffer
                    if keepends:
                        line = line0withend
                    else:
                        line = line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        data = self.read()
        return data.splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamReaderWriter:
    """Wraps a stream with a StreamReader and a StreamWriter."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamRecoder:
    """Translates data from one encoding to another on a stream."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        if size is None:
            data = self.reader.readline()
        else:
            data = self.reader.readline(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, bytesencoded = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):
        data = next(self.reader)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        data = b''.join(list)
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file using the given mode and return a wrapped
    version providing transparent encoding/decoding."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Return a wrapped version of file which provides transparent encoding
    translation."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


# ---- error handlers

def strict_errors(exc):
    """Implements the 'strict' error handling: raise the exception."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def _check_unicode_error(exc, kinds=(UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
    if not isinstance(exc, kinds):
        raise TypeError("don't know how to handle %s in error callback"
                        % type(exc).__name__)


def ignore_errors(exc):
    """Implements the 'ignore' error handling: skip the bad input."""
    _check_unicode_error(exc)
    return ('', exc.end)


def replace_errors(exc):
    """Implements the 'replace' error handling: '?' or U+FFFD."""
    _check_unicode_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    return ('\ufffd' * (exc.end - exc.start), exc.end)


def _escape_char(c):
    if c < 0x100:
        return '\\x%02x' % c
    if c < 0x10000:
        return '\\u%04x' % c
    return '\\U%08x' % c


def backslashreplace_errors(exc):
    """Implements the 'backslashreplace' error handling: \\x, \\u and \\U
    escapes."""
    _check_unicode_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    return (''.join(_escape_char(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)


def xmlcharrefreplace_errors(exc):
    """Implements the 'xmlcharrefreplace' error handling (encoding only):
    &#num; references."""
    _check_unicode_error(exc, (UnicodeEncodeError,))
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    """Implements the 'namereplace' error handling (encoding only):
    \\N{...} escapes."""
    _check_unicode_error(exc, (UnicodeEncodeError,))
    try:
        import unicodedata
    except ImportError:
        unicodedata = None
    out = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None) if unicodedata is not None else None
        out.append('\\N{%s}' % name if name else _escape_char(ord(c)))
    return (''.join(out), exc.end)


def _surrogateescape_errors(exc):
    _check_unicode_error(exc, (UnicodeEncodeError, UnicodeDecodeError))
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.end]
        out = []
        for b in data[:4]:
            if b < 128:
                raise exc
            out.append(chr(0xdc00 + b))
        return (''.join(out), exc.start + len(out))
    out = bytearray()
    for c in exc.object[exc.start:exc.end]:
        code = ord(c)
        if not 0xdc80 <= code <= 0xdcff:
            raise exc
        out.append(code - 0xdc00)
    return (bytes(out), exc.end)


def _surrogatepass_errors(exc):
    _check_unicode_error(exc, (UnicodeEncodeError, UnicodeDecodeError))
    raise exc


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'backslashreplace': backslashreplace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'namereplace': namereplace_errors,
    'surrogateescape': _surrogateescape_errors,
    'surrogatepass': _surrogatepass_errors,
}


def register_error(name, error_handler):
    """Register the error handling callback function error_handler under
    name."""
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name):
    """Return the error handler registered under name (LookupError if
    none)."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _handle_encode(errors, encoding, text, start, end, reason):
    """Runs the error handler for text[start:end]: (replacement as str or
    bytes, position to continue from)."""
    exc = UnicodeEncodeError(encoding, text, start, end, reason)
    if errors == 'strict':
        raise exc
    rep, pos = lookup_error(errors)(exc)
    if pos < 0:
        pos += len(text)
    if not 0 <= pos <= len(text):
        raise IndexError("position %d from error handler out of bounds" % pos)
    return rep, pos


def _handle_decode(errors, encoding, data, start, end, reason):
    exc = UnicodeDecodeError(encoding, data, start, end, reason)
    if errors == 'strict':
        raise exc
    rep, pos = lookup_error(errors)(exc)
    if pos < 0:
        pos += len(data)
    if not 0 <= pos <= len(data):
        raise IndexError("position %d from error handler out of bounds" % pos)
    return rep, pos


# ---- the codec implementations

def _as_bytes(data, fname):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _check_str(text, fname):
    if not isinstance(text, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (fname, type(text).__name__))


# Encoders with an error handler: encode_one(code point) returns the bytes
# or None when the code point cannot be encoded.

def _encode_with(text, errors, encoding, encode_one, reason):
    out = bytearray()
    i = 0
    n = len(text)
    while i < n:
        b = encode_one(ord(text[i]))
        if b is not None:
            out += b
            i += 1
            continue
        j = i + 1
        while j < n and encode_one(ord(text[j])) is None:
            j += 1
        rep, i = _handle_encode(errors, encoding, text, i, j, reason)
        if isinstance(rep, str):
            for ch in rep:
                b = encode_one(ord(ch))
                if b is None:
                    raise UnicodeEncodeError(encoding, text, i - 1, i, reason)
                out += b
        else:
            out += rep
    return bytes(out)


# -- C-backed codecs (utf-8, ascii, latin-1)

def utf_8_encode(text, errors='strict'):
    _check_str(text, 'utf_8_encode')
    return text.encode('utf-8', errors), len(text)


def _utf8_incomplete_tail(data):
    """Length of an incomplete (but so far valid) UTF-8 sequence at the end
    of data, kept for the next chunk."""
    n = len(data)
    for k in range(1, min(4, n) + 1):
        b = data[n - k]
        if b < 0x80:
            return 0
        if b >= 0xc0:
            need = 2 if b < 0xe0 else 3 if b < 0xf0 else 4
            return k if need > k else 0
    return 0


def utf_8_decode(data, errors='strict', final=False):
    data = _as_bytes(data, 'utf_8_decode')
    keep = 0 if final else _utf8_incomplete_tail(data)
    if keep:
        return data[:len(data) - keep].decode('utf-8', errors), len(data) - keep
    return data.decode('utf-8', errors), len(data)


def ascii_encode(text, errors='strict'):
    _check_str(text, 'ascii_encode')
    return text.encode('ascii', errors), len(text)


def ascii_decode(data, errors='strict'):
    data = _as_bytes(data, 'ascii_decode')
    return data.decode('ascii', errors), len(data)


def latin_1_encode(text, errors='strict'):
    _check_str(text, 'latin_1_encode')
    return text.encode('latin-1', errors), len(text)


def latin_1_decode(data, errors='strict'):
    data = _as_bytes(data, 'latin_1_decode')
    return data.decode('latin-1', errors), len(data)


# -- UTF-16 / UTF-32

def _utf16_encode_body(text, errors, byteorder, encoding):
    le = byteorder == 'little'

    def one(c):
        if 0xd800 <= c <= 0xdfff:
            if errors == 'surrogatepass':
                return c.to_bytes(2, byteorder)
            return None
        if c < 0x10000:
            return c.to_bytes(2, byteorder)
        c -= 0x10000
        hi = 0xd800 | (c >> 10)
        lo = 0xdc00 | (c & 0x3ff)
        return hi.to_bytes(2, byteorder) + lo.to_bytes(2, byteorder)
    del le
    return _encode_with(text, errors, encoding, one, 'surrogates not allowed')


def _utf16_decode_body(data, errors, byteorder, final, encoding, start=0):
    out = []
    i = start
    n = len(data)
    while i < n:
        if i + 1 >= n:
            if not final:
                break
            rep, i = _handle_decode(errors, encoding, data, i, n, 'truncated data')
            out.append(rep)
            continue
        u = int.from_bytes(data[i:i + 2], byteorder)
        if u < 0xd800 or u > 0xdfff:
            out.append(chr(u))
            i += 2
            continue
        if u >= 0xdc00:
            if errors == 'surrogatepass':
                out.append(chr(u))
                i += 2
                continue
            rep, i = _handle_decode(errors, encoding, data, i, i + 2, 'illegal encoding')
            out.append(rep)
            continue
        # High surrogate: a low one must follow.
        if i + 3 >= n:
            if not final:
                break
            if errors == 'surrogatepass' and i + 2 == n:
                out.append(chr(u))
                i += 2
                continue
            rep, i = _handle_decode(errors, encoding, data, i, n,
                                    'unexpected end of data')
            out.append(rep)
            continue
        u2 = int.from_bytes(data[i + 2:i + 4], byteorder)
        if 0xdc00 <= u2 <= 0xdfff:
            out.append(chr(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00)))
            i += 4
            continue
        if errors == 'surrogatepass':
            out.append(chr(u))
            i += 2
            continue
        rep, i = _handle_decode(errors, encoding, data, i, i + 2, 'illegal UTF-16 surrogate')
        out.append(rep)
    return ''.join(out), i


def utf_16_le_encode(text, errors='strict'):
    _check_str(text, 'utf_16_le_encode')
    return _utf16_encode_body(text, errors, 'little', 'utf-16-le'), len(text)


def utf_16_be_encode(text, errors='strict'):
    _check_str(text, 'utf_16_be_encode')
    return _utf16_encode_body(text, errors, 'big', 'utf-16-be'), len(text)


def utf_16_encode(text, errors='strict', byteorder=0):
    _check_str(text, 'utf_16_encode')
    if byteorder == 0:
        return BOM_UTF16 + _utf16_encode_body(text, errors, sys.byteorder, 'utf-16'), len(text)
    order = 'little' if byteorder < 0 else 'big'
    return _utf16_encode_body(text, errors, order, 'utf-16'), len(text)


def utf_16_le_decode(data, errors='strict', final=False):
    data = _as_bytes(data, 'utf_16_le_decode')
    return _utf16_decode_body(data, errors, 'little', final, 'utf-16-le')


def utf_16_be_decode(data, errors='strict', final=False):
    data = _as_bytes(data, 'utf_16_be_decode')
    return _utf16_decode_body(data, errors, 'big', final, 'utf-16-be')


def utf_16_ex_decode(data, errors='strict', byteorder=0, final=False):
    """(text, consumed, byteorder) with the BOM detected when byteorder is
    0."""
    data = _as_bytes(data, 'utf_16_ex_decode')
    consumed = 0
    if byteorder == 0:
        if data[:2] == BOM_UTF16_LE:
            byteorder, consumed = -1, 2
        elif data[:2] == BOM_UTF16_BE:
            byteorder, consumed = 1, 2
        elif len(data) < 2 and not final:
            return '', 0, 0
    order = 'big' if byteorder > 0 else 'little'
    name = 'utf-16-be' if byteorder > 0 else 'utf-16-le'
    text, end = _utf16_decode_body(data, errors, order, final, name, consumed)
    return text, end, byteorder


def utf_16_decode(data, errors='strict', final=False):
    text, consumed, _ = utf_16_ex_decode(data, errors, 0, final)
    return text, consumed


def _utf32_encode_body(text, errors, byteorder, encoding):
    def one(c):
        if 0xd800 <= c <= 0xdfff and errors != 'surrogatepass':
            return None
        return c.to_bytes(4, byteorder)
    return _encode_with(text, errors, encoding, one, 'surrogates not allowed')


def _utf32_decode_body(data, errors, byteorder, final, encoding, start=0):
    out = []
    i = start
    n = len(data)
    while i < n:
        if i + 3 >= n:
            if not final:
                break
            rep, i = _handle_decode(errors, encoding, data, i, n, 'truncated data')
            out.append(rep)
            continue
        c = int.from_bytes(data[i:i + 4], byteorder)
        if c > 0x10ffff:
            rep, i = _handle_decode(errors, encoding, data, i, i + 4,
                                    'code point not in range(0x110000)')
            out.append(rep)
            continue
        if 0xd800 <= c <= 0xdfff and errors != 'surrogatepass':
            rep, i = _handle_decode(errors, encoding, data, i, i + 4,
                                    'code point in surrogate code point range(0xd800, 0xe000)')
            out.append(rep)
            continue
        out.append(chr(c))
        i += 4
    return ''.join(out), i


def utf_32_le_encode(text, errors='strict'):
    _check_str(text, 'utf_32_le_encode')
    return _utf32_encode_body(text, errors, 'little', 'utf-32-le'), len(text)


def utf_32_be_encode(text, errors='strict'):
    _check_str(text, 'utf_32_be_encode')
    return _utf32_encode_body(text, errors, 'big', 'utf-32-be'), len(text)


def utf_32_encode(text, errors='strict', byteorder=0):
    _check_str(text, 'utf_32_encode')
    if byteorder == 0:
        return BOM_UTF32 + _utf32_encode_body(text, errors, sys.byteorder, 'utf-32'), len(text)
    order = 'little' if byteorder < 0 else 'big'
    return _utf32_encode_body(text, errors, order, 'utf-32'), len(text)


def utf_32_le_decode(data, errors='strict', final=False):
    data = _as_bytes(data, 'utf_32_le_decode')
    return _utf32_decode_body(data, errors, 'little', final, 'utf-32-le')


def utf_32_be_decode(data, errors='strict', final=False):
    data = _as_bytes(data, 'utf_32_be_decode')
    return _utf32_decode_body(data, errors, 'big', final, 'utf-32-be')


def utf_32_ex_decode(data, errors='strict', byteorder=0, final=False):
    data = _as_bytes(data, 'utf_32_ex_decode')
    consumed = 0
    if byteorder == 0:
        if data[:4] == BOM_UTF32_LE:
            byteorder, consumed = -1, 4
        elif data[:4] == BOM_UTF32_BE:
            byteorder, consumed = 1, 4
        elif len(data) < 4 and not final:
            return '', 0, 0
    order = 'big' if byteorder > 0 else 'little'
    name = 'utf-32-be' if byteorder > 0 else 'utf-32-le'
    text, end = _utf32_decode_body(data, errors, order, final, name, consumed)
    return text, end, byteorder


def utf_32_decode(data, errors='strict', final=False):
    text, consumed, _ = utf_32_ex_decode(data, errors, 0, final)
    return text, consumed


# -- cp1252

_CP1252_HIGH = ('\u20ac\ufffe\u201a\u0192\u201e\u2026\u2020\u2021'
                '\u02c6\u2030\u0160\u2039\u0152\ufffe\u017d\ufffe'
                '\ufffe\u2018\u2019\u201c\u201d\u2022\u2013\u2014'
                '\u02dc\u2122\u0161\u203a\u0153\ufffe\u017e\u0178')
_cp1252_decoding = [chr(i) for i in range(0x80)] + list(_CP1252_HIGH) + \
    [chr(i) for i in range(0xa0, 0x100)]
_cp1252_encoding = {ord(c): i for i, c in enumerate(_cp1252_decoding) if c != '\ufffe'}


def charmap_decode(data, errors='strict', mapping=None):
    data = _as_bytes(data, 'charmap_decode')
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        try:
            c = mapping[b]
        except (IndexError, LookupError):
            c = None
        if isinstance(c, int):
            c = chr(c)
        if c is None or c == '\ufffe':
            rep, i = _handle_decode(errors, 'charmap', data, i, i + 1,
                                    'character maps to <undefined>')
            out.append(rep)
            continue
        out.append(c)
        i += 1
    return ''.join(out), n


def charmap_encode(text, errors='strict', mapping=None):
    _check_str(text, 'charmap_encode')
    if mapping is None:
        return latin_1_encode(text, errors)

    def one(c):
        b = mapping.get(c) if hasattr(mapping, 'get') else None
        if b is None:
            return None
        return bytes((b,)) if isinstance(b, int) else b
    return _encode_with(text, errors, 'charmap', one, 'character maps to <undefined>'), len(text)


def cp1252_encode(text, errors='strict'):
    return charmap_encode(text, errors, _cp1252_encoding)


def cp1252_decode(data, errors='strict'):
    return charmap_decode(data, errors, _cp1252_decoding)


# -- unicode-escape / raw-unicode-escape

def unicode_escape_encode(text, errors='strict'):
    _check_str(text, 'unicode_escape_encode')
    out = []
    for ch in text:
        c = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif c < 0x20 or 0x7f <= c < 0x100:
            out.append('\\x%02x' % c)
        elif c < 0x80:
            out.append(ch)
        elif c < 0x10000:
            out.append('\\u%04x' % c)
        else:
            out.append('\\U%08x' % c)
    return ''.join(out).encode('ascii'), len(text)


_SIMPLE = {ord('\n'): '', ord('\\'): '\\', ord("'"): "'", ord('"'): '"', ord('a'): '\a',
           ord('b'): '\b', ord('f'): '\f', ord('n'): '\n', ord('r'): '\r',
           ord('t'): '\t', ord('v'): '\v'}
_HEX = b'0123456789abcdefABCDEF'


def _escape_decode_common(data, errors, raw, final, encoding):
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b != 0x5c:
            j = data.find(b'\\', i)
            if j < 0:
                j = n
            out.append(data[i:j].decode('latin-1'))
            i = j
            continue
        if raw:
            # Only \u and \U after an odd run of backslashes are escapes.
            if i + 1 >= n:
                if not final:
                    break
                out.append('\\')
                i += 1
                continue
            nxt = data[i + 1]
            if nxt not in (ord('u'), ord('U')):
                out.append('\\')
                i += 1
                if nxt == 0x5c:
                    out.append('\\')
                    i += 1
                continue
        elif i + 1 >= n:
            if not final:
                break
            rep, i = _handle_decode(errors, encoding, data, i, n, '\\ at end of string')
            out.append(rep)
            continue
        c = data[i + 1]
        if not raw and c in _SIMPLE:
            out.append(_SIMPLE[c])
            i += 2
            continue
        if not raw and 0x30 <= c <= 0x37:
            j = i + 1
            while j < n and j < i + 4 and 0x30 <= data[j] <= 0x37:
                j += 1
            out.append(chr(int(data[i + 1:j], 8)))
            i = j
            continue
        width = {ord('x'): 2, ord('u'): 4, ord('U'): 8}.get(c)
        if width is None or (raw and c == ord('x')):
            if c == ord('N') and not raw:
                end = data.find(b'}', i + 3)
                name_ok = end > 0 and data[i + 2:i + 3] == b'{'
                ch = None
                if name_ok:
                    try:
                        import unicodedata
                        ch = unicodedata.lookup(data[i + 3:end].decode('latin-1'))
                    except (ImportError, KeyError):
                        ch = None
                if ch is None:
                    rep, i = _handle_decode(errors, encoding, data, i,
                                            end + 1 if name_ok else min(i + 2, n),
                                            'malformed \\N character escape')
                    out.append(rep)
                else:
                    out.append(ch)
                    i = end + 1
                continue
            # Unknown escape: kept as is.
            out.append('\\')
            i += 1
            continue
        digits = data[i + 2:i + 2 + width]
        if len(digits) < width or any(d not in _HEX for d in digits):
            if not final and len(digits) < width and all(d in _HEX for d in digits):
                break
            end = i + 2
            while end < n and end < i + 2 + width and data[end] in _HEX:
                end += 1
            kind = {2: '\\xXX', 4: '\\uXXXX', 8: '\\UXXXXXXXX'}[width]
            rep, i = _handle_decode(errors, encoding, data, i, end, 'truncated %s escape' % kind)
            out.append(rep)
            continue
        code = int(digits, 16)
        if code > 0x10ffff:
            rep, i = _handle_decode(errors, encoding, data, i, i + 2 + width,
                                    'illegal Unicode character')
            out.append(rep)
            continue
        out.append(chr(code))
        i += 2 + width
    return ''.join(out), i


def unicode_escape_decode(data, errors='strict', final=True):
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = _as_bytes(data, 'unicode_escape_decode')
    return _escape_decode_common(data, errors, False, final, 'unicodeescape')


def raw_unicode_escape_encode(text, errors='strict'):
    _check_str(text, 'raw_unicode_escape_encode')
    out = []
    for ch in text:
        c = ord(ch)
        if c < 0x100:
            out.append(ch)
        elif c < 0x10000:
            out.append('\\u%04x' % c)
        else:
            out.append('\\U%08x' % c)
    return ''.join(out).encode('latin-1'), len(text)


def raw_unicode_escape_decode(data, errors='strict', final=True):
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = _as_bytes(data, 'raw_unicode_escape_decode')
    return _escape_decode_common(data, errors, True, final, 'rawunicodeescape')


def escape_decode(data, errors='strict'):
    """Python bytes-literal escapes: (bytes, consumed)."""
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = _as_bytes(data, 'escape_decode')
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b != 0x5c:
            out.append(b)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i + 1]
        if c in _SIMPLE:
            out += _SIMPLE[c].encode('latin-1')
            i += 2
        elif 0x30 <= c <= 0x37:
            j = i + 1
            while j < n and j < i + 4 and 0x30 <= data[j] <= 0x37:
                j += 1
            out.append(int(data[i + 1:j], 8) & 0xff)
            i = j
        elif c == ord('x'):
            digits = data[i + 2:i + 4]
            if len(digits) < 2 or any(d not in _HEX for d in digits):
                raise ValueError("invalid \\x escape at position %d" % i)
            out.append(int(digits, 16))
            i += 4
        else:
            out.append(0x5c)
            i += 1
    return bytes(out), n


def escape_encode(data, errors='strict'):
    """Python bytes-literal escapes of data: (bytes, consumed)."""
    data = _as_bytes(data, 'escape_encode')
    out = []
    for b in data:
        if b == 0x5c:
            out.append('\\\\')
        elif b == 0x27:
            out.append("\\'")
        elif b == 0x09:
            out.append('\\t')
        elif b == 0x0a:
            out.append('\\n')
        elif b == 0x0d:
            out.append('\\r')
        elif b < 0x20 or b >= 0x7f:
            out.append('\\x%02x' % b)
        else:
            out.append(chr(b))
    return ''.join(out).encode('latin-1'), len(data)


# -- utf-8-sig

def _utf_8_sig_encode(text, errors='strict'):
    _check_str(text, 'utf_8_encode')
    return BOM_UTF8 + text.encode('utf-8', errors), len(text)


def _utf_8_sig_decode(data, errors='strict'):
    data = _as_bytes(data, 'utf_8_decode')
    prefix = 0
    if data[:3] == BOM_UTF8:
        prefix = 3
    text, consumed = utf_8_decode(data[prefix:], errors, True)
    return text, consumed + prefix


# ---- bytes-to-bytes and str-to-str codecs

def _hex_encode(data, errors='strict'):
    assert errors == 'strict'
    import binascii
    data = _as_bytes(data, 'hex')
    return binascii.b2a_hex(data), len(data)


def _hex_decode(data, errors='strict'):
    assert errors == 'strict'
    import binascii
    data = _as_bytes(data, 'hex')
    return binascii.a2b_hex(data), len(data)


def _base64_encode(data, errors='strict'):
    assert errors == 'strict'
    import base64
    data = _as_bytes(data, 'base64')
    return base64.encodebytes(data), len(data)


def _base64_decode(data, errors='strict'):
    assert errors == 'strict'
    import base64
    data = _as_bytes(data, 'base64')
    return base64.decodebytes(data), len(data)


_rot13_map = {}
for _i in range(26):
    _rot13_map[ord('a') + _i] = ord('a') + (_i + 13) % 26
    _rot13_map[ord('A') + _i] = ord('A') + (_i + 13) % 26
del _i


def _rot13(text, errors='strict'):
    return str.translate(text, _rot13_map), len(text)


# ---- the registry

def _make_info(name, encode, decode, enc_state=None, dec_state=None, text=True,
               incremental_decode=None):
    """A CodecInfo with incremental and stream classes built around
    stateless encode(input, errors) / decode(input, errors) functions.
    incremental_decode(input, errors, final) -> (output, consumed) gives a
    buffering incremental decoder."""

    class _IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    if incremental_decode is not None:
        class _IncDecoder(BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                return incremental_decode(input, errors, final)
    else:
        class _IncDecoder(IncrementalDecoder):
            def decode(self, input, final=False):
                return decode(input, self.errors)[0]

    class _Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class _Reader(StreamReader):
        def decode(self, input, errors='strict'):
            if incremental_decode is not None:
                return incremental_decode(input, errors, False)
            return decode(input, errors)

    if enc_state is not None:
        _IncEncoder = enc_state
    if dec_state is not None:
        _IncDecoder = dec_state
    for cls, kind in ((_IncEncoder, 'IncrementalEncoder'), (_IncDecoder, 'IncrementalDecoder'),
                      (_Writer, 'StreamWriter'), (_Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = kind
        cls.__module__ = 'encodings.' + name.replace('-', '_')
    return CodecInfo(name=name, encode=encode, decode=decode,
                     incrementalencoder=_IncEncoder, incrementaldecoder=_IncDecoder,
                     streamwriter=_Writer, streamreader=_Reader,
                     _is_text_encoding=text)


class _UTF16IncEncoder(IncrementalEncoder):
    """Writes the BOM before the first output only."""
    _bom = True

    def encode(self, input, final=False):
        if self._bom:
            self._bom = False
            return utf_16_encode(input, self.errors)[0]
        return _utf16_encode_body(input, self.errors, sys.byteorder, 'utf-16')

    def reset(self):
        self._bom = True

    def getstate(self):
        return 2 if self._bom else 0

    def setstate(self, state):
        self._bom = bool(state)


class _UTF16IncDecoder(BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        BufferedIncrementalDecoder.__init__(self, errors)
        self.byteorder = 0

    def _buffer_decode(self, input, errors, final):
        text, consumed, byteorder = utf_16_ex_decode(input, errors, self.byteorder, final)
        if self.byteorder == 0 and consumed:
            self.byteorder = byteorder or -1
        return text, consumed

    def reset(self):
        BufferedIncrementalDecoder.reset(self)
        self.byteorder = 0


class _UTF32IncEncoder(_UTF16IncEncoder):
    def encode(self, input, final=False):
        if self._bom:
            self._bom = False
            return utf_32_encode(input, self.errors)[0]
        return _utf32_encode_body(input, self.errors, sys.byteorder, 'utf-32')


class _UTF32IncDecoder(_UTF16IncDecoder):
    def _buffer_decode(self, input, errors, final):
        text, consumed, byteorder = utf_32_ex_decode(input, errors, self.byteorder, final)
        if self.byteorder == 0 and consumed:
            self.byteorder = byteorder or -1
        return text, consumed


class _UTF8SigIncEncoder(_UTF16IncEncoder):
    def encode(self, input, final=False):
        if self._bom:
            self._bom = False
            return BOM_UTF8 + input.encode('utf-8', self.errors)
        return input.encode('utf-8', self.errors)


class _UTF8SigIncDecoder(BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        BufferedIncrementalDecoder.__init__(self, errors)
        self.first = 1

    def _buffer_decode(self, input, errors, final):
        if self.first:
            if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
                return '', 0
            self.first = 0
            if input[:3] == BOM_UTF8:
                text, consumed = utf_8_decode(input[3:], errors, final)
                return text, consumed + 3
        return utf_8_decode(input, errors, final)

    def reset(self):
        BufferedIncrementalDecoder.reset(self)
        self.first = 1


def _decoder2(fn):
    """decode(input, errors) from fn(input, errors, final)."""
    def decode(input, errors='strict'):
        return fn(input, errors, True)
    return decode


_BUILTIN_CODECS = {}


def _builtin_codecs():
    if _BUILTIN_CODECS:
        return _BUILTIN_CODECS
    table = _BUILTIN_CODECS
    table['utf_8'] = _make_info('utf-8', utf_8_encode, _decoder2(utf_8_decode),
                                incremental_decode=utf_8_decode)
    table['ascii'] = _make_info('ascii', ascii_encode, ascii_decode)
    table['latin_1'] = _make_info('iso8859-1', latin_1_encode, latin_1_decode)
    table['utf_16'] = _make_info('utf-16', utf_16_encode, _decoder2(utf_16_decode),
                                 _UTF16IncEncoder, _UTF16IncDecoder, incremental_decode=utf_16_decode)
    table['utf_16_le'] = _make_info('utf-16-le', utf_16_le_encode, _decoder2(utf_16_le_decode),
                                    incremental_decode=utf_16_le_decode)
    table['utf_16_be'] = _make_info('utf-16-be', utf_16_be_encode, _decoder2(utf_16_be_decode),
                                    incremental_decode=utf_16_be_decode)
    table['utf_32'] = _make_info('utf-32', utf_32_encode, _decoder2(utf_32_decode),
                                 _UTF32IncEncoder, _UTF32IncDecoder, incremental_decode=utf_32_decode)
    table['utf_32_le'] = _make_info('utf-32-le', utf_32_le_encode, _decoder2(utf_32_le_decode),
                                    incremental_decode=utf_32_le_decode)
    table['utf_32_be'] = _make_info('utf-32-be', utf_32_be_encode, _decoder2(utf_32_be_decode),
                                    incremental_decode=utf_32_be_decode)
    table['utf_8_sig'] = _make_info('utf-8-sig', _utf_8_sig_encode, _utf_8_sig_decode,
                                    _UTF8SigIncEncoder, _UTF8SigIncDecoder)
    table['cp1252'] = _make_info('cp1252', cp1252_encode, cp1252_decode)
    table['unicode_escape'] = _make_info('unicode-escape', unicode_escape_encode,
                                         _decoder2(unicode_escape_decode))
    table['raw_unicode_escape'] = _make_info('raw-unicode-escape', raw_unicode_escape_encode,
                                             _decoder2(raw_unicode_escape_decode))
    table['hex_codec'] = _make_info('hex', _hex_encode, _hex_decode, text=False)
    table['base64_codec'] = _make_info('base64', _base64_encode, _base64_decode, text=False)
    table['rot_13'] = _make_info('rot-13', _rot13, _rot13, text=False)
    return table


# Aliases (normalized spelling -> codec module name), as encodings.aliases.
_ALIASES = {}
for _target, _names in {
        'utf_8': 'u8 utf utf8 utf8_ucs2 utf8_ucs4 cp65001',
        'ascii': '646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 '
                 'iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii',
        'latin_1': '8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 '
                   'iso_8859_1_1987 iso_ir_100 l1 latin latin1',
        'utf_16': 'u16 utf16',
        'utf_16_be': 'unicodebigunmarked utf_16be',
        'utf_16_le': 'unicodelittleunmarked utf_16le',
        'utf_32': 'u32 utf32',
        'utf_32_be': 'utf_32be',
        'utf_32_le': 'utf_32le',
        'cp1252': '1252 windows_1252',
        'unicode_escape': '',
        'raw_unicode_escape': '',
        'utf_8_sig': '',
        'hex_codec': 'hex',
        'base64_codec': 'base64 base_64',
        'rot_13': 'rot13',
}.items():
    for _alias in _names.split():
        _ALIASES[_alias] = _target
del _target, _names, _alias

_search_functions = []
_cache = {}


def _normalize(encoding):
    """encodings.normalize_encoding: runs of characters other than letters,
    digits and '.' become one '_'."""
    out = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and out:
                out.append('_')
            out.append(c)
            punct = False
        else:
            punct = True
    return ''.join(out)


def _builtin_search(encoding):
    name = _normalize(encoding)
    name = _ALIASES.get(name, name)
    table = _builtin_codecs()
    info = table.get(name)
    if info is None:
        info = _sbcs_codec(name)
    return info


def _sbcs_codec(name):
    """A charmap codec over one of _sbcs's single-byte tables (built on
    first use and kept in the builtin table), or None."""
    import _sbcs
    name = _sbcs.ALIASES.get(name, name)
    if name not in _sbcs.TABLES:
        return None
    info = _BUILTIN_CODECS.get(name)
    if info is None:
        codec_name, high = _sbcs.TABLES[name]
        decoding = ''.join(map(chr, range(0x80))) + high
        encoding = {ord(c): i for i, c in enumerate(decoding) if c != '\ufffe'}

        def encode(text, errors='strict'):
            return charmap_encode(text, errors, encoding)

        def decode(data, errors='strict'):
            return charmap_decode(data, errors, decoding)
        info = _BUILTIN_CODECS[name] = _make_info(codec_name, encode, decode)
    return info


def register(search_function):
    """Register a codec search function (name -> CodecInfo or None)."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's
    cache."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """Looks up a codec tuple in the codec registry and returns a
    CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = encoding.lower().replace(' ', '_')
    info = _cache.get(key)
    if info is not None:
        return info
    for search in _search_functions + [_builtin_search]:
        info = search(key)
        if info is not None:
            if not isinstance(info, CodecInfo):
                if not isinstance(info, tuple) or len(info) != 4:
                    raise TypeError("codec search functions must return 4-tuples")
                info = CodecInfo(*info)
            _cache[key] = info
            return info
    raise LookupError("unknown encoding: %s" % encoding)


def _wrap_error(exc, action, encoding):
    """CPython adds the codec to a simple exception's message."""
    if isinstance(exc, UnicodeError) or type(exc) not in (TypeError, ValueError, AttributeError,
                                                          AssertionError, KeyError, IndexError):
        return exc
    new = type(exc)("%s with '%s' codec failed (%s: %s)"
                    % (action, encoding, type(exc).__name__, exc))
    new.__cause__ = exc
    return new


def _encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    try:
        result = info.encode(obj, errors)
    except Exception as exc:
        raise _wrap_error(exc, 'encoding', encoding) from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def _decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    try:
        result = info.decode(obj, errors)
    except Exception as exc:
        raise _wrap_error(exc, 'decoding', encoding) from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


# encode / decode are _codecs' (where pickle finds them, as CPython).
from _codecs import encode, decode


def _coil_encode(text, encoding, errors):
    """str.encode for the encodings coil's C code does not know."""
    info = lookup(encoding)
    if not info._is_text_encoding:
        raise LookupError("'%s' is not a text encoding; "
                          "use codecs.encode() to handle arbitrary codecs" % encoding)
    result = info.encode(text, errors)[0]
    if not isinstance(result, bytes):
        if isinstance(result, bytearray):
            return bytes(result)
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; "
                        "use codecs.encode() to encode to arbitrary types"
                        % (encoding, type(result).__name__))
    return result


def _coil_decode(data, encoding, errors):
    """bytes.decode for the encodings coil's C code does not know."""
    info = lookup(encoding)
    if not info._is_text_encoding:
        raise LookupError("'%s' is not a text encoding; "
                          "use codecs.decode() to handle arbitrary codecs" % encoding)
    result = info.decode(data, errors)[0]
    if not isinstance(result, str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; "
                        "use codecs.decode() to decode to arbitrary types"
                        % (encoding, type(result).__name__))
    return result


def getencoder(encoding):
    """Look up the codec for the given encoding and return its encoder
    function."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """Look up the codec for the given encoding and return its decoder
    function."""
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """Return the IncrementalEncoder class or factory function of the
    codec."""
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    """Return the IncrementalDecoder class or factory function of the
    codec."""
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    """Return the StreamReader class or factory function of the codec."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """Return the StreamWriter class or factory function of the codec."""
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encoding iterator: encodes the strings from iterator incrementally."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decoding iterator: decodes the bytes from iterator incrementally."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def make_identity_dict(rng):
    """make_identity_dict(rng) -> dict mapping each element of rng to
    itself."""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """Creates an encoding map from a decoding map (targets mapped to more
    than one key map to None)."""
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m


try:
    strict_errors = lookup_error("strict")
    ignore_errors = lookup_error("ignore")
    replace_errors = lookup_error("replace")
    xmlcharrefreplace_errors = lookup_error("xmlcharrefreplace")
    backslashreplace_errors = lookup_error("backslashreplace")
    namereplace_errors = lookup_error("namereplace")
except LookupError:
    pass
