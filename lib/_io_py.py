"""The parts of io written in Python: the abstract base classes (IOBase,
RawIOBase, BufferedIOBase, TextIOBase, with coil's C stream types
registered under them) and TextIOWrapper over any binary buffer object
(io.TextIOWrapper(buffer, ...) builds one of these; open() keeps returning
the C file type)."""
import abc
import io

_UnsupportedOperation = io.UnsupportedOperation


class IOBase(metaclass=abc.ABCMeta):
    def _unsupported(self, name):
        raise _UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    __closed = False

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        res = bytearray()
        while size is None or size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(8192)
            if not data:
                break
            res += data
        return bytes(res)

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class BufferedIOBase(IOBase):
    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def readline(self, size=-1):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


def _register():
    import sys
    for t in (io.StringIO, io.TextIOWrapper, type(sys.stdout)):
        TextIOBase.register(t)
    for t in (io.BytesIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom):
        BufferedIOBase.register(t)


_register()


class TextIOWrapper(TextIOBase):
    """A text stream over a binary buffer: decodes what buffer.read()
    returns, translates newlines as the newline argument says, and encodes
    what is written into buffer.write()."""

    _CHUNK = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if encoding is None:
            encoding = "utf-8"
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s"
                            % type(errors).__name__)
        "".encode(encoding)            # LookupError for an unknown encoding
        self._buffer = buffer
        self._setup(encoding, errors, newline, line_buffering, write_through)

    def _setup(self, encoding, errors, newline, line_buffering, write_through):
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ""
        self._writenl = newline or "\n"
        self._line_buffering = line_buffering
        self._write_through = write_through
        # codecs' incremental coders keep a cut multi-byte character for the
        # next chunk and write (or skip) a byte-order mark once.
        import codecs
        self._decoder = codecs.getincrementaldecoder(encoding)(errors)
        self._encoder = codecs.getincrementalencoder(encoding)(errors)
        self._decoded = ""
        self._pending_cr = False
        self._eof = False

    # ---- properties
    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        return None

    @property
    def name(self):
        return self._buffer.name

    @property
    def closed(self):
        return getattr(self._buffer, "closed", False)

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            name = self.name
        except AttributeError:
            pass
        else:
            parts.append(" name=%r" % (name,))
        try:
            mode = self.mode       # set by open(), as CPython's repr reads it
        except AttributeError:
            pass
        else:
            parts.append(" mode=%r" % (mode,))
        parts.append(" encoding=%r>" % (self._encoding,))
        return "".join(parts)

    # ---- plumbing
    def _check(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        if getattr(self._buffer, "closed", False):
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        self._check()
        return self._buffer.readable()

    def writable(self):
        self._check()
        return self._buffer.writable()

    def seekable(self):
        self._check()
        return self._buffer.seekable()

    def isatty(self):
        self._check()
        return self._buffer.isatty()

    def fileno(self):
        self._check()
        return self._buffer.fileno()

    def flush(self):
        self._check()
        self._buffer.flush()

    def close(self):
        if self._buffer is not None and not getattr(self._buffer, "closed", False):
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        self.flush()
        b = self._buffer
        self._buffer = None
        return b

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if encoding is not None:
            "".encode(encoding)
        self.flush()
        self._setup(encoding or self._encoding,
                    errors or ("strict" if encoding else self._errors),
                    self._newline if newline is Ellipsis else newline,
                    self._line_buffering if line_buffering is None else line_buffering,
                    self._write_through if write_through is None else write_through)

    # ---- writing
    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        n = len(s)
        haslf = "\n" in s
        if self._writetranslate and self._writenl != "\n" and haslf:
            s = s.replace("\n", self._writenl)
        self._buffer.write(self._encoder.encode(s))
        if self._line_buffering and (haslf or "\r" in s):
            self._buffer.flush()
        self._decoded = ""
        self._decoder.reset()
        return n

    # ---- reading
    def _read_chunk(self):
        """Reads and decodes one chunk more. False at end of file."""
        if self._eof:
            return False
        reader = getattr(self._buffer, "read1", None) or self._buffer.read
        data = reader(self._CHUNK)
        final = not data
        text = self._decoder.decode(data or b"", final)
        if self._pending_cr:
            text = "\r" + text
            self._pending_cr = False
        if not final and text.endswith("\r") and self._readuniversal:
            text = text[:-1]
            self._pending_cr = True
        if self._readtranslate and "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._decoded += text
        if final:
            self._eof = True
        return True

    def read(self, size=-1):
        self._check()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        if size < 0:
            while self._read_chunk():
                pass
            text, self._decoded = self._decoded, ""
            self._eof = False
            return text
        while len(self._decoded) < size and self._read_chunk():
            pass
        text, self._decoded = self._decoded[:size], self._decoded[size:]
        if not text:
            self._eof = False
        return text

    def _line_end(self, s):
        """End of the first line in s, or -1 if s may not hold a whole line."""
        if self._readtranslate or self._readnl == "\n":
            i = s.find("\n")
            return -1 if i < 0 else i + 1
        if self._readuniversal:
            for i, ch in enumerate(s):
                if ch == "\n":
                    return i + 1
                if ch == "\r":
                    if i + 1 < len(s):
                        return i + 2 if s[i + 1] == "\n" else i + 1
                    return i + 1 if self._eof else -1
            return -1
        i = s.find(self._readnl)
        return -1 if i < 0 else i + len(self._readnl)

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        while True:
            end = self._line_end(self._decoded)
            if end >= 0:
                if 0 <= size < end:
                    end = size
                line, self._decoded = self._decoded[:end], self._decoded[end:]
                return line
            if 0 <= size <= len(self._decoded):
                line, self._decoded = self._decoded[:size], self._decoded[size:]
                return line
            if not self._read_chunk():
                line, self._decoded = self._decoded, ""
                self._eof = False
                return line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, cookie, whence=0):
        self._check()
        if whence == 1 and cookie != 0:
            raise _UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise _UnsupportedOperation("can't do nonzero end-relative seeks")
        self.flush()
        if whence == 1:
            return self.tell()
        pos = self._buffer.seek(cookie, whence)
        self._decoded = ""
        self._decoder.reset()
        self._pending_cr = False
        self._eof = False
        return pos

    def tell(self):
        self._check()
        self.flush()
        pos = self._buffer.tell()
        pending = self._decoder.getstate()[0]
        if self._decoded or pending:
            pos -= len(pending) + len(self._decoded.encode(self._encoding, self._errors))
        return pos

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)
