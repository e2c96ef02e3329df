"""Reading and writing gzip files (RFC 1952), on the zlib module.

compress/decompress work on whole byte strings; GzipFile reads and writes
a gzip stream through a file object (or a file it opens); open() returns
a GzipFile, or a small text wrapper over one for the 't' modes.
"""

import builtins
import io
import os
import struct
import sys
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

READ_BUFFER_SIZE = 128 * 1024

_EOF_MESSAGE = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
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

    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")

    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def write32u(output, value):
    output.write(struct.pack("<L", value))


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        b = fp.read(n - len(data))
        if not b:
            raise EOFError(_EOF_MESSAGE)
        data += b
    return data


def _read_gzip_header(fp):
    """Reads a member header; returns its mtime, or None at a clean end."""
    magic = fp.read(2)
    if magic == b"":
        return None
    if magic != b"\037\213":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flag, last_mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    if flag & FNAME:
        while True:
            s = fp.read(1)
            if not s or s == b"\000":
                break
    if flag & FCOMMENT:
        while True:
            s = fp.read(1)
            if not s or s == b"\000":
                break
    if flag & FHCRC:
        _read_exact(fp, 2)
    return last_mtime


class GzipFile:
    """A file object reading or writing one gzip stream (possibly several
    members when reading)."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")

        if mode.startswith("r"):
            self.mode = READ
            self._buffer = b""
            self._pos = 0           # offset of the uncompressed stream
            self._decomp = None     # the current member's decompressor
            self._new_member = True
            self._crc = 0
            self._stream_size = 0
            self._eof = False
            self._last_mtime = None
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            if origmode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will "
                              "change in future Python releases.  "
                              "Specify the mode argument for opening it for writing.",
                              FutureWarning, 2)
            self.mode = WRITE
            self._init_write(filename)
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))

        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        return self._last_mtime if self.mode == READ else None

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    def _init_write(self, filename):
        self.name = filename
        self.crc = zlib.crc32(b"")
        self.size = 0
        self.writebuf = []
        self.bufsize = 0
        self.offset = 0

    def _write_gzip_header(self, compresslevel):
        self.fileobj.write(b"\037\213")
        self.fileobj.write(b"\010")
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode("latin-1")
            if fname.endswith(b".gz"):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b""
        flags = 0
        if fname:
            flags = FNAME
        self.fileobj.write(chr(flags).encode("latin-1"))
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        write32u(self.fileobj, int(mtime))
        if compresslevel == _COMPRESS_LEVEL_BEST:
            xfl = b"\002"
        elif compresslevel == _COMPRESS_LEVEL_FAST:
            xfl = b"\004"
        else:
            xfl = b"\000"
        self.fileobj.write(xfl)
        self.fileobj.write(b"\377")
        if fname:
            self.fileobj.write(fname + b"\000")

    # ---- writing ----

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    # ---- reading ----

    def _read_more(self):
        """Decompresses some more input into the buffer; False at the end."""
        while True:
            if self._eof:
                return False
            if self._new_member:
                # skip the zero padding between members
                while True:
                    c = self.fileobj.read(1)
                    if c != b"\x00":
                        break
                if c:
                    self._pending = c
                else:
                    self._pending = b""
                fp = _Prefixed(self._pending, self.fileobj)
                mtime = _read_gzip_header(fp)
                if mtime is None:
                    self._eof = True
                    return False
                self._last_mtime = mtime
                self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
                self._crc = zlib.crc32(b"")
                self._stream_size = 0
                self._new_member = False
                self._unused = fp.rest()
            if self._unused:
                raw, self._unused = self._unused, b""
            else:
                raw = self.fileobj.read(READ_BUFFER_SIZE)
            if raw:
                data = self._decomp.decompress(raw)
            else:
                data = self._decomp.flush()
            if self._decomp.eof:
                self._crc = zlib.crc32(data, self._crc)
                self._stream_size += len(data)
                tail = _Prefixed(self._decomp.unused_data, self.fileobj)
                self._read_eof(tail)
                self._unused = tail.rest()
                self._new_member = True
                if self._unused:
                    # put the rest back in front of the next member
                    self.fileobj = _Prefixed(self._unused, self.fileobj)
                    self._unused = b""
                self._buffer += data
                return True
            if not raw and not data:
                raise EOFError(_EOF_MESSAGE)
            self._crc = zlib.crc32(data, self._crc)
            self._stream_size += len(data)
            if data:
                self._buffer += data
                return True

    def _read_eof(self, fp):
        crc32, isize = struct.unpack("<II", _read_exact(fp, 8))
        if crc32 != self._crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc32), hex(self._crc)))
        elif isize != (self._stream_size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")

    def _check_read(self):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read() on write-only GzipFile object")

    def read(self, size=-1):
        self._check_read()
        if size is None or size < 0:
            while self._read_more():
                pass
            data, self._buffer = self._buffer, b""
        else:
            while len(self._buffer) < size and self._read_more():
                pass
            data, self._buffer = self._buffer[:size], self._buffer[size:]
        self._pos += len(data)
        return data

    def read1(self, size=-1):
        self._check_read()
        if not self._buffer:
            self._read_more()
        if size is None or size < 0:
            size = len(self._buffer)
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        self._pos += len(data)
        return data

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def peek(self, n):
        self._check_read()
        if not self._buffer:
            self._read_more()
        return self._buffer

    def readline(self, size=-1):
        self._check_read()
        if size is None:
            size = -1
        while True:
            i = self._buffer.find(b"\n")
            if i >= 0:
                end = i + 1
                break
            if 0 <= size <= len(self._buffer) or not self._read_more():
                end = len(self._buffer)
                break
        if 0 <= size < end:
            end = size
        data, self._buffer = self._buffer[:end], self._buffer[end:]
        self._pos += len(data)
        return data

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # ---- common ----

    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                write32u(fileobj, self.crc)
                write32u(fileobj, self.size & 0xffffffff)
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        while isinstance(self.fileobj, _Prefixed):
            self.fileobj = self.fileobj.inner
        self.fileobj.seek(0)
        self._buffer = b""
        self._pos = 0
        self._new_member = True
        self._eof = False
        self._unused = b""

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self.offset
        return self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError("Seek from end not supported")
            if offset < self.offset:
                raise OSError("Negative seek in write mode")
            count = offset - self.offset
            chunk = b"\0" * 1024
            for i in range(count // 1024):
                self.write(chunk)
            self.write(b"\0" * (count % 1024))
            return self.offset
        self._check_read()
        if whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            while self._read_more():
                pass
            offset = self._pos + len(self._buffer) + offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self._pos:
            self.rewind()
        while self._pos < offset:
            if not self.read(min(offset - self._pos, 65536)):
                break
        return self._pos

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            if self.mode == WRITE and self.fileobj is not None and self.myfileobj is not None:
                self.close()
        except Exception:
            pass


class _Prefixed:
    """A read-only file: the bytes prefix, then the rest of inner."""

    def __init__(self, prefix, inner):
        self.prefix = prefix
        self.inner = inner

    def read(self, n=-1):
        if n is None or n < 0:
            data, self.prefix = self.prefix + self.inner.read(), b""
            return data
        if self.prefix:
            data, self.prefix = self.prefix[:n], self.prefix[n:]
            if len(data) < n:
                data += self.inner.read(n - len(data))
            return data
        return self.inner.read(n)

    def rest(self):
        data, self.prefix = self.prefix, b""
        return data

    def __getattr__(self, name):
        return getattr(self.inner, name)


def _create_simple_gzip_header(compresslevel, mtime=None):
    if mtime is None:
        mtime = time.time()
    if compresslevel == _COMPRESS_LEVEL_BEST:
        xfl = 2
    elif compresslevel == _COMPRESS_LEVEL_FAST:
        xfl = 4
    else:
        xfl = 0
    return struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, 0, int(mtime), xfl, 255)


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    if mtime == 0:
        # zlib writes the gzip header itself, with a zero mtime
        return zlib.compress(data, level=compresslevel, wbits=31)
    header = _create_simple_gzip_header(compresslevel, mtime)
    trailer = struct.pack("<LL", zlib.crc32(data), (len(data) & 0xffffffff))
    return header + zlib.compress(data, level=compresslevel, wbits=-15) + trailer


def decompress(data):
    """Decompress a gzip compressed string in one shot (all members)."""
    decompressed_members = []
    while True:
        fp = io.BytesIO(data)
        if _read_gzip_header(fp) is None:
            return b"".join(decompressed_members)
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        decompressed = do.decompress(data[fp.tell():])
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError(_EOF_MESSAGE)
        crc, length = struct.unpack("<II", do.unused_data[:8])
        if crc != zlib.crc32(decompressed):
            raise BadGzipFile("CRC check failed")
        if length != (len(decompressed) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        decompressed_members.append(decompressed)
        data = do.unused_data[8:].lstrip(b"\x00")


def main():
    from argparse import ArgumentParser
    parser = ArgumentParser(description="A simple command line interface for the gzip module: act like gzip, "
                            "but do not delete the input file.")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--fast", action="store_true", help="compress faster")
    group.add_argument("--best", action="store_true", help="compress better")
    group.add_argument("-d", "--decompress", action="store_true", help="act like gunzip instead of gzip")
    parser.add_argument("args", nargs="*", default=["-"], metavar="file")
    args = parser.parse_args()
    compresslevel = _COMPRESS_LEVEL_TRADEOFF
    if args.fast:
        compresslevel = _COMPRESS_LEVEL_FAST
    elif args.best:
        compresslevel = _COMPRESS_LEVEL_BEST
    for arg in args.args:
        if args.decompress:
            if arg == "-":
                f = GzipFile(filename="", mode="rb", fileobj=sys.stdin.buffer)
                g = sys.stdout.buffer
            else:
                if arg[-3:] != ".gz":
                    sys.exit(f"filename doesn't end in .gz: {arg!r}")
                f = open(arg, "rb")
                g = builtins.open(arg[:-3], "wb")
        else:
            if arg == "-":
                f = sys.stdin.buffer
                g = GzipFile(filename="", mode="wb", fileobj=sys.stdout.buffer, compresslevel=compresslevel)
            else:
                f = builtins.open(arg, "rb")
                g = open(arg + ".gz", "wb")
        while True:
            chunk = f.read(READ_BUFFER_SIZE)
            if not chunk:
                break
            g.write(chunk)
        if g is not sys.stdout.buffer:
            g.close()
        if f is not sys.stdin.buffer:
            f.close()


if __name__ == "__main__":
    main()
