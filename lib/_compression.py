"""The file object behind bz2.BZ2File and lzma.LZMAFile: a binary stream
over another file, compressing what is written or decompressing what is
read (concatenated streams included), with buffered reads, readline and
emulated seeking (rewinding restarts decompression)."""

import io
import sys

BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE

_MODE_CLOSED = 0
_MODE_READ = 1
_MODE_WRITE = 3


class BaseStream(io.BufferedIOBase):
    """Mode checks shared by the compressed file classes."""

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_can_write(self):
        if not self.writable():
            raise io.UnsupportedOperation("File not open for writing")

    def _check_can_read(self):
        if not self.readable():
            raise io.UnsupportedOperation("File not open for reading")

    def _check_can_seek(self):
        if not self.readable():
            raise io.UnsupportedOperation("Seeking is only supported on files open for reading")
        if not self.seekable():
            raise io.UnsupportedOperation("The underlying file object does not support seeking")


class CompressedFile(BaseStream):
    """Subclasses set up (in __init__, through _setup) the underlying file,
    the mode and either a compressor or a decompressor factory."""

    _fp = None
    _closefp = False
    _mode = _MODE_CLOSED

    def _setup(self, fp, closefp, mode, compressor=None, decompressor_factory=None,
               trailing_error=()):
        self._fp = fp
        self._closefp = closefp
        self._mode = mode
        self._compressor = compressor
        self._factory = decompressor_factory
        self._trailing_error = trailing_error
        self._pos = 0              # uncompressed position of the caller
        self._buffer = b''         # decompressed, not yet returned
        self._bufpos = 0
        self._eof = False
        self._size = -1            # uncompressed size, once known
        self._decomp = decompressor_factory() if decompressor_factory else None

    # ---- state

    @property
    def closed(self):
        return self._mode == _MODE_CLOSED

    def close(self):
        if self._mode == _MODE_CLOSED:
            return
        try:
            if self._mode == _MODE_WRITE:
                self._fp.write(self._compressor.flush())
                self._compressor = None
            else:
                self._decomp = None
                self._buffer = b''
        finally:
            try:
                if self._closefp:
                    self._fp.close()
            finally:
                self._fp = None
                self._closefp = False
                self._mode = _MODE_CLOSED

    def fileno(self):
        self._check_not_closed()
        return self._fp.fileno()

    def seekable(self):
        return self.readable() and self._fp.seekable()

    def readable(self):
        self._check_not_closed()
        return self._mode == _MODE_READ

    def writable(self):
        self._check_not_closed()
        return self._mode == _MODE_WRITE

    # ---- reading

    def _raw_read(self, size):
        """Up to size decompressed bytes straight from the file ('' at the
        end), starting a new decompressor for each concatenated stream."""
        if self._eof:
            return b''
        data = b''
        while True:
            if self._decomp.eof:
                rawblock = self._decomp.unused_data or self._fp.read(BUFFER_SIZE)
                if not rawblock:
                    break
                self._decomp = self._factory()
                try:
                    data = self._decomp.decompress(rawblock, size)
                except self._trailing_error:
                    break          # trailing garbage after the last stream
            elif self._decomp.needs_input:
                rawblock = self._fp.read(BUFFER_SIZE)
                if not rawblock:
                    raise EOFError("Compressed file ended before the "
                                   "end-of-stream marker was reached")
                data = self._decomp.decompress(rawblock, size)
            else:
                data = self._decomp.decompress(b'', size)
            if data:
                break
        if not data:
            self._eof = True
        return data

    def _fill(self):
        """Refill an exhausted buffer; False at the end of the data."""
        if self._bufpos < len(self._buffer):
            return True
        self._buffer = self._raw_read(BUFFER_SIZE)
        self._bufpos = 0
        if not self._buffer:
            self._size = self._pos
            return False
        return True

    def _take(self, n):
        chunk = self._buffer[self._bufpos:self._bufpos + n]
        self._bufpos += len(chunk)
        self._pos += len(chunk)
        return chunk

    def read(self, size=-1):
        """Read up to size uncompressed bytes (all of them if size is
        negative or omitted)."""
        self._check_can_read()
        if size is None or size < 0:
            parts = [self._take(len(self._buffer))]
            while True:
                chunk = self._raw_read(sys.maxsize)
                if not chunk:
                    break
                self._pos += len(chunk)
                parts.append(chunk)
            self._size = self._pos
            self._buffer = b''
            self._bufpos = 0
            return b''.join(parts)
        parts = []
        while size > 0 and self._fill():
            chunk = self._take(size)
            size -= len(chunk)
            parts.append(chunk)
        return b''.join(parts)

    def read1(self, size=-1):
        """Read up to size bytes, doing at most one read of the file."""
        self._check_can_read()
        if size == 0 or not self._fill():
            return b''
        if size < 0:
            size = len(self._buffer)
        return self._take(size)

    def readinto(self, b):
        self._check_can_read()
        view = memoryview(b)
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def peek(self, n=0):
        """Buffered data without advancing the position (at least one byte
        unless at the end)."""
        self._check_can_read()
        self._fill()
        return self._buffer[self._bufpos:]

    def readline(self, size=-1):
        """One line (through b'\\n'), at most size bytes if size >= 0."""
        self._check_can_read()
        if size is None:
            size = -1
        parts = []
        while size != 0 and self._fill():
            end = self._buffer.find(b'\n', self._bufpos)
            n = len(self._buffer) - self._bufpos if end < 0 else end + 1 - self._bufpos
            if 0 <= size < n:
                n = size
            chunk = self._take(n)
            parts.append(chunk)
            size -= len(chunk)
            if chunk.endswith(b'\n'):
                break
        return b''.join(parts)

    def readlines(self, size=-1):
        self._check_can_read()
        return io.BufferedIOBase.readlines(self, size)

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # ---- writing

    def write(self, data):
        """Compress and write data (bytes-like); returns its length."""
        self._check_can_write()
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        self._fp.write(self._compressor.compress(data))
        self._pos += length
        return length

    def writelines(self, seq):
        for data in seq:
            self.write(data)

    # ---- positioning

    def seek(self, offset, whence=io.SEEK_SET):
        """Move to an uncompressed offset (emulated: may decompress from
        the start again); returns the new position."""
        self._check_can_seek()
        if whence == io.SEEK_SET:
            pass
        elif whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            if self._size < 0:
                while self.read(BUFFER_SIZE):
                    pass
            offset = self._size + offset
        else:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self._pos:
            self._fp.seek(0)
            self._eof = False
            self._pos = 0
            self._buffer = b''
            self._bufpos = 0
            self._decomp = self._factory()
        while self._pos < offset and self._fill():
            self._take(offset - self._pos)
        return self._pos

    def tell(self):
        self._check_not_closed()
        return self._pos


def open_mode_checks(mode, encoding, errors, newline):
    """The argument checks of bz2.open/lzma.open."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
