"""Read and write ZIP archives (coil's own implementation of CPython 3.11's
zipfile API: stored and deflated members, zip64 reading, data descriptors
for unseekable output)."""

import io
import os
import stat
import struct
import sys
import threading
import time
import warnings

try:
    import zlib
    crc32 = zlib.crc32
except ImportError:
    zlib = None
    from binascii import crc32

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED",
           "ZIP_BZIP2", "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile",
           "PyZipFile", "LargeZipFile", "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing would need zip64 extensions but they are off."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce',
    5: 'reduce', 6: 'implode', 7: 'tokenize', 8: 'deflate',
    9: 'deflate64', 10: 'implode', 12: 'bzip2', 14: 'lzma', 18: 'terse',
    19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}

# Record layouts (all little-endian).
_END_FMT = "<4s4H2LH"            # end of central directory
_END_SIG = b"PK\005\006"
_END_SIZE = struct.calcsize(_END_FMT)
_CD_FMT = "<4s4B4HL2L5H2L"       # central directory entry
_CD_SIG = b"PK\001\002"
_CD_SIZE = struct.calcsize(_CD_FMT)
_LH_FMT = "<4s2B4HL2L2H"         # local file header
_LH_SIG = b"PK\003\004"
_LH_SIZE = struct.calcsize(_LH_FMT)
_LOC64_FMT = "<4sLQL"            # zip64 end of central directory locator
_LOC64_SIG = b"PK\x06\x07"
_LOC64_SIZE = struct.calcsize(_LOC64_FMT)
_END64_FMT = "<4sQ2H2L4Q"        # zip64 end of central directory record
_END64_SIG = b"PK\x06\x06"
_END64_SIZE = struct.calcsize(_END64_FMT)
_DD_SIG = 0x08074b50

# Indices into the unpacked end record, as CPython exposes them.
_ECD_SIGNATURE = 0
_ECD_DISK_NUMBER = 1
_ECD_DISK_START = 2
_ECD_ENTRIES_THIS_DISK = 3
_ECD_ENTRIES_TOTAL = 4
_ECD_SIZE = 5
_ECD_OFFSET = 6
_ECD_COMMENT_SIZE = 7
_ECD_COMMENT = 8
_ECD_LOCATION = 9

sizeEndCentDir = _END_SIZE
sizeCentralDir = _CD_SIZE
sizeFileHeader = _LH_SIZE
structEndArchive = _END_FMT
structCentralDir = _CD_FMT
structFileHeader = _LH_FMT
stringEndArchive = _END_SIG
stringCentralDir = _CD_SIG
stringFileHeader = _LH_SIG

_CP437_HIGH = ('ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»'
               '░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀'
               'αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0')


def _decode_name(raw, flags, metadata_encoding=None):
    if flags & 0x800:
        return raw.decode('utf-8')
    if metadata_encoding:
        return raw.decode(metadata_encoding)
    try:
        return raw.decode('cp437')
    except LookupError:
        return ''.join(chr(b) if b < 128 else _CP437_HIGH[b - 128]
                       for b in raw)


_Z64_LABEL = {'file_size': 'File size', 'compress_size': 'Compress size',
              'header_offset': 'Header offset'}


def _dos_time(dt):
    date = (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]
    tm = dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)
    return tm, date


class ZipInfo(object):
    """Information about one archive member."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type',
                 '_compresslevel', 'comment', 'extra', 'create_system',
                 'create_version', 'extract_version', 'reserved',
                 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size',
                 '_raw_time', '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        cut = filename.find(chr(0))
        if cut >= 0:
            filename = filename[:cut]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None

    def __repr__(self):
        parts = ['<%s filename=%r' % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s' % compressor_names.get(
                self.compress_type, self.compress_type))
        mode, low = self.external_attr >> 16, self.external_attr & 0xFFFF
        if mode:
            parts.append(' filemode=%r' % stat.filemode(mode))
        if low:
            parts.append(' external_attr=%#x' % low)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(' file_size=%r' % self.file_size)
        if (not isdir or self.compress_size) and (
                self.compress_type != ZIP_STORED or
                self.file_size != self.compress_size):
            parts.append(' compress_size=%r' % self.compress_size)
        parts.append('>')
        return ''.join(parts)

    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | 0x800

    def FileHeader(self, zip64=None):
        tm, date = _dos_time(self.date_time)
        if self.flag_bits & 0x08:
            crc = csize = fsize = 0
        else:
            crc, csize, fsize = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        need = 0
        if zip64 is None:
            zip64 = fsize > ZIP64_LIMIT or csize > ZIP64_LIMIT
        if zip64:
            extra = extra + struct.pack('<HHQQ', 1, 16, fsize, csize)
            fsize = csize = 0xffffffff
            need = ZIP64_VERSION
        if self.compress_type == ZIP_BZIP2:
            need = max(BZIP2_VERSION, need)
        elif self.compress_type == ZIP_LZMA:
            need = max(LZMA_VERSION, need)
        self.extract_version = max(need, self.extract_version)
        self.create_version = max(need, self.create_version)
        name, flags = self._encodeFilenameFlags()
        head = struct.pack(_LH_FMT, _LH_SIG, self.extract_version,
                           self.reserved, flags, self.compress_type, tm, date,
                           crc, csize, fsize, len(name), len(extra))
        return head + name + extra

    def _decodeExtra(self):
        data = self.extra
        pos = 0
        while pos + 4 <= len(data):
            kind, size = struct.unpack('<HH', data[pos:pos + 4])
            if pos + 4 + size > len(data):
                raise BadZipFile("Corrupt extra field %04x (size=%d)"
                                 % (kind, size))
            if kind == 1:
                body = data[pos + 4:pos + 4 + size]
                at = 0
                for field in ('file_size', 'compress_size', 'header_offset'):
                    if getattr(self, field) == 0xffffffff:
                        if at + 8 > len(body):
                            raise BadZipFile("Corrupt zip64 extra field. "
                                             "%s not found." % _Z64_LABEL[field])
                        setattr(self, field,
                                struct.unpack('<Q', body[at:at + 8])[0])
                        at += 8
            pos += 4 + size

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        dt = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps:
            if dt[0] < 1980:
                dt = (1980, 1, 1, 0, 0, 0)
            elif dt[0] > 2107:
                dt = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0:1] in (os.sep, os.altsep) and arcname[0:1]:
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        info = cls(arcname, dt)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info

    def is_dir(self):
        return self.filename[-1:] == '/'


def _check_compression(kind):
    if kind in (ZIP_STORED, ZIP_DEFLATED):
        if kind == ZIP_DEFLATED and zlib is None:
            raise RuntimeError("Compression requires the (missing) zlib module")
        return
    if kind == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if kind == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


def _find_end_record(fp):
    """Return the end record fields plus comment and location, or None."""
    try:
        fp.seek(0, 2)
    except OSError:
        return None
    total = fp.tell()
    if total < _END_SIZE:
        return None
    fp.seek(total - _END_SIZE)
    tail = fp.read()
    if len(tail) == _END_SIZE and tail[0:4] == _END_SIG and tail[-2:] == b"\0\0":
        rec = list(struct.unpack(_END_FMT, tail))
        rec.append(b"")
        rec.append(total - _END_SIZE)
        return _apply_zip64(fp, total - _END_SIZE, rec)
    start = max(total - ZIP_MAX_COMMENT - _END_SIZE, 0)
    fp.seek(start)
    chunk = fp.read()
    at = chunk.rfind(_END_SIG)
    if at < 0:
        return None
    raw = chunk[at:at + _END_SIZE]
    if len(raw) != _END_SIZE:
        return None
    rec = list(struct.unpack(_END_FMT, raw))
    clen = rec[_ECD_COMMENT_SIZE]
    rec.append(chunk[at + _END_SIZE:at + _END_SIZE + clen])
    rec.append(start + at)
    return _apply_zip64(fp, start + at, rec)


def _apply_zip64(fp, where, rec):
    if where < _LOC64_SIZE:
        return rec
    fp.seek(where - _LOC64_SIZE)
    loc = fp.read(_LOC64_SIZE)
    if len(loc) != _LOC64_SIZE:
        return rec
    sig, disk, offset, disks = struct.unpack(_LOC64_FMT, loc)
    if sig != _LOC64_SIG:
        return rec
    if disk != 0 or disks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    fp.seek(where - _LOC64_SIZE - _END64_SIZE)
    raw = fp.read(_END64_SIZE)
    if len(raw) != _END64_SIZE:
        return rec
    (sig, _size, _cv, _ev, disk_num, disk_dir, here, total, dsize,
     doffset) = struct.unpack(_END64_FMT, raw)
    if sig != _END64_SIG:
        return rec
    rec[_ECD_SIGNATURE] = sig
    rec[_ECD_DISK_NUMBER] = disk_num
    rec[_ECD_DISK_START] = disk_dir
    rec[_ECD_ENTRIES_THIS_DISK] = here
    rec[_ECD_ENTRIES_TOTAL] = total
    rec[_ECD_SIZE] = dsize
    rec[_ECD_OFFSET] = doffset
    return rec


def _is_zip(fp):
    try:
        return _find_end_record(fp) is not None
    except OSError:
        return False


def is_zipfile(filename):
    """True if filename (a path or a binary file object) looks like a zip."""
    try:
        if hasattr(filename, "read"):
            return _is_zip(filename)
        with open(filename, "rb") as fp:
            return _is_zip(fp)
    except OSError:
        return False


class _SharedFile:
    """A reading view of the archive's file with its own position, so that
    several members can be read at once."""

    def __init__(self, owner, pos):
        self._owner = owner
        self._pos = pos

    def read(self, n=-1):
        fp = self._owner.fp
        if fp is None:
            raise ValueError("I/O operation on closed file.")
        with self._owner._lock:
            fp.seek(self._pos)
            data = fp.read(n)
            self._pos = fp.tell()
        return data

    def seek(self, pos):
        self._pos = pos

    def tell(self):
        return self._pos

    def close(self):
        owner = self._owner
        if owner is not None:
            self._owner = None
            owner._release()


class _CountingWriter:
    """Wraps an output that cannot tell(): counts the bytes written."""

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        n = self.fp.write(data)
        self.offset += n
        return n

    def tell(self):
        return self.offset

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


class ZipExtFile(io.BufferedIOBase):
    """A readable stream over one archive member's uncompressed bytes."""

    MIN_READ_SIZE = 4096
    MAX_SEEK_READ = 1 << 24

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._fileobj = fileobj
        self._close_fileobj = close_fileobj
        self._info = zipinfo
        self.mode = mode
        self.name = zipinfo.filename
        self._kind = zipinfo.compress_type
        _check_compression(self._kind)
        self._data_start = fileobj.tell()
        self._seekable = True
        self._reset()

    def _reset(self):
        self._fileobj.seek(self._data_start)
        self._left = self._info.compress_size
        self._buf = b""
        self._off = 0
        self._pos = 0
        self._crc = 0
        self._eof = False
        self._dec = zlib.decompressobj(-15) if self._kind == ZIP_DEFLATED \
            else None

    def __repr__(self):
        out = ['<%s.%s' % (type(self).__module__, type(self).__qualname__)]
        if not self.closed:
            out.append(' name=%r mode=%r' % (self.name, self.mode))
            if self._kind != ZIP_STORED:
                out.append(' compress_type=%s' % compressor_names.get(
                    self._kind, self._kind))
        else:
            out.append(' [closed]')
        out.append('>')
        return ''.join(out)

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._seekable

    def _produce(self, want):
        """Decode at least some more bytes (up to about want); b'' at end."""
        while not self._eof:
            if self._dec is None:
                n = min(self._left, max(want, self.MIN_READ_SIZE))
                raw = self._fileobj.read(n) if n > 0 else b""
                if n > 0 and not raw:
                    raise EOFError
                self._left -= len(raw)
                out = raw
                if self._left <= 0:
                    self._eof = True
            else:
                raw = b""
                if self._left > 0:
                    raw = self._fileobj.read(min(self._left,
                                                 max(want, self.MIN_READ_SIZE)))
                    if not raw:
                        raise EOFError
                    self._left -= len(raw)
                out = self._dec.decompress(self._dec.unconsumed_tail + raw,
                                           max(want, self.MIN_READ_SIZE))
                if self._dec.eof or (self._left <= 0 and
                                     not self._dec.unconsumed_tail):
                    out += self._dec.flush()
                    self._eof = True
            self._crc = crc32(out, self._crc)
            if self._eof and self._crc != self._info.CRC:
                raise BadZipFile("Bad CRC-32 for file %r" % self.name)
            if out:
                return out
        return b""

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        pending = self._buf[self._off:]
        self._buf = b""
        self._off = 0
        if n is None or n < 0:
            parts = [pending]
            while True:
                chunk = self._produce(1 << 16)
                if not chunk:
                    break
                parts.append(chunk)
            data = b"".join(parts)
            self._pos += len(data)
            return data
        parts = [pending]
        have = len(pending)
        while have < n:
            chunk = self._produce(n - have)
            if not chunk:
                break
            parts.append(chunk)
            have += len(chunk)
        data = b"".join(parts)
        if len(data) > n:
            self._buf = data
            self._off = n
            data = data[:n]
        self._pos += len(data)
        return data

    def read1(self, n=-1):
        if n is None or n < 0:
            return self.read()
        if self._off >= len(self._buf):
            self._buf = self._produce(n)
            self._off = 0
        data = self._buf[self._off:self._off + n]
        self._off += len(data)
        self._pos += len(data)
        return data

    def peek(self, n=1):
        if self._off >= len(self._buf):
            self._buf = self._produce(max(n, 512))
            self._off = 0
        return self._buf[self._off:self._off + 512]

    def readline(self, limit=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        parts = []
        got = 0
        while limit is None or limit < 0 or got < limit:
            if self._off >= len(self._buf):
                self._buf = self._produce(self.MIN_READ_SIZE)
                self._off = 0
                if not self._buf:
                    break
            end = self._buf.find(b"\n", self._off)
            stop = len(self._buf) if end < 0 else end + 1
            if limit is not None and limit >= 0:
                stop = min(stop, self._off + limit - got)
            piece = self._buf[self._off:stop]
            self._off = stop
            parts.append(piece)
            got += len(piece)
            if piece.endswith(b"\n"):
                break
        line = b"".join(parts)
        self._pos += len(line)
        return line

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        return self._pos

    def seek(self, offset, whence=0):
        if self.closed:
            raise ValueError("seek on closed file.")
        if whence == 0:
            target = offset
        elif whence == 1:
            target = self._pos + offset
        elif whence == 2:
            target = self._info.file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), "
                             "os.SEEK_CUR (1), or os.SEEK_END (2)")
        target = max(0, min(target, self._info.file_size))
        if target < self._pos:
            self._reset()
        skip = target - self._pos
        while skip > 0:
            got = len(self.read(min(skip, self.MAX_SEEK_READ)))
            if not got:
                break
            skip -= got
        return self._pos

    def close(self):
        try:
            if self._close_fileobj:
                self._fileobj.close()
        finally:
            super().close()


class _ZipWriteFile(io.BufferedIOBase):
    """The writable stream returned by ZipFile.open(name, 'w')."""

    def __init__(self, zf, zinfo, zip64):
        self._zf = zf
        self._info = zinfo
        self._zip64 = zip64
        self._fp = zf.fp
        self._size = 0
        self._csize = 0
        self._crc = 0
        if zinfo.compress_type == ZIP_DEFLATED:
            level = zinfo._compresslevel
            if level is None:
                level = zlib.Z_DEFAULT_COMPRESSION
            self._comp = zlib.compressobj(level, zlib.DEFLATED, -15)
        else:
            self._comp = None

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, (bytes, bytearray)):
            n = len(data)
        else:
            data = memoryview(data)
            n = data.nbytes
            data = data.tobytes()
        self._size += n
        self._crc = crc32(data, self._crc)
        if self._comp is not None:
            data = self._comp.compress(data)
        self._csize += len(data)
        self._fp.write(data)
        return n

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            info = self._info
            if self._comp is not None:
                tail = self._comp.flush()
                self._csize += len(tail)
                self._fp.write(tail)
                info.compress_size = self._csize
            else:
                info.compress_size = self._size
            info.CRC = self._crc
            info.file_size = self._size
            zf = self._zf
            if not self._zip64:
                if self._size > ZIP64_LIMIT:
                    raise RuntimeError("File size too large, try using "
                                       "force_zip64")
                if self._csize > ZIP64_LIMIT:
                    raise RuntimeError("Compressed size too large, try using "
                                       "force_zip64")
            if info.flag_bits & 0x08:
                fmt = '<LLQQ' if self._zip64 else '<LLLL'
                self._fp.write(struct.pack(fmt, _DD_SIG, info.CRC,
                                           info.compress_size, info.file_size))
                zf.start_dir = self._fp.tell()
            else:
                zf.start_dir = self._fp.tell()
                self._fp.seek(info.header_offset)
                self._fp.write(info.FileHeader(self._zip64))
                self._fp.seek(zf.start_dir)
            zf.filelist.append(info)
            zf.NameToInfo[info.filename] = info
        finally:
            self._zf._writing = False


class ZipFile:
    """A ZIP archive opened for reading ('r'), writing ('w', 'x') or
    appending ('a')."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED,
                 allowZip64=True, compresslevel=None, *,
                 strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for "
                             "reading files")
        self._lock = threading.RLock()
        self._seekable = True
        self._writing = False
        self._refs = 1

        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            fmode = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}[mode]
            try:
                self.fp = io.open(file, fmode)
            except OSError:
                if mode == 'a':
                    mode = self.mode = 'w'
                    self.fp = io.open(file, 'w+b')
                else:
                    raise
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)

        try:
            if mode == 'r':
                self._read_directory()
            elif mode in ('w', 'x'):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.fp = _CountingWriter(self.fp)
                    self._seekable = False
                    self.start_dir = 0
                else:
                    try:
                        self.fp.seek(self.start_dir)
                    except (AttributeError, OSError):
                        self._seekable = False
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except BaseException:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        out = ['<%s.%s' % (type(self).__module__, type(self).__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                out.append(' file=%r' % self.fp)
            elif self.filename is not None:
                out.append(' filename=%r' % self.filename)
            out.append(' mode=%r' % self.mode)
        else:
            out.append(' [closed]')
        out.append('>')
        return ''.join(out)

    # -- reading the directory --------------------------------------------

    def _read_directory(self):
        fp = self.fp
        try:
            rec = _find_end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if rec is None:
            raise BadZipFile("File is not a zip file")
        size_cd = rec[_ECD_SIZE]
        offset_cd = rec[_ECD_OFFSET]
        self._comment = rec[_ECD_COMMENT]
        # Bytes prepended to the archive (self-extractors) shift everything.
        shift = rec[_ECD_LOCATION] - size_cd - offset_cd
        if rec[_ECD_SIGNATURE] == _END64_SIG:
            shift -= _END64_SIZE + _LOC64_SIZE
        self.start_dir = offset_cd + shift
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir)
        data = fp.read(size_cd)
        pos = 0
        while pos < len(data):
            raw = data[pos:pos + _CD_SIZE]
            if len(raw) != _CD_SIZE:
                raise BadZipFile("Truncated central directory")
            cd = struct.unpack(_CD_FMT, raw)
            if cd[0] != _CD_SIG:
                raise BadZipFile("Bad magic number for central directory")
            pos += _CD_SIZE
            nlen, elen, clen = cd[12], cd[13], cd[14]
            rawname = data[pos:pos + nlen]
            pos += nlen
            flags = cd[5]
            name = _decode_name(rawname, flags, self.metadata_encoding)
            info = ZipInfo(name)
            info.extra = data[pos:pos + elen]
            pos += elen
            info.comment = data[pos:pos + clen]
            pos += clen
            info.header_offset = cd[18]
            (info.create_version, info.create_system, info.extract_version,
             info.reserved, info.flag_bits, info.compress_type, t, d,
             info.CRC, info.compress_size, info.file_size) = cd[1:12]
            if info.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" %
                                          (info.extract_version / 10))
            info.volume, info.internal_attr, info.external_attr = cd[15:18]
            info._raw_time = t
            info.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                              t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            info._decodeExtra()
            info.header_offset += shift
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
        ends = sorted([i.header_offset for i in self.filelist] +
                      [self.start_dir])
        import bisect
        for info in self.filelist:
            info._end_offset = ends[bisect.bisect_right(ends,
                                                        info.header_offset)] \
                if info.header_offset < self.start_dir else None

    # -- queries -------------------------------------------------------------

    def namelist(self):
        return [info.filename for info in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"),
              file=file)
        for info in self.filelist:
            stamp = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, stamp, info.file_size),
                  file=file)

    def testzip(self):
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as f:
                    while f.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s"
                            % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as f:
            return f.read()

    # -- opening members -----------------------------------------------------

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        if mode not in ("r", "w"):
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already "
                             "closed")
        if isinstance(name, ZipInfo):
            info = name
        elif mode == 'w':
            info = ZipInfo(name)
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
        else:
            info = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(info, force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there "
                             "is an open writing handle on the file. "
                             "Close the writing handle before trying to read.")
        self._refs += 1
        shared = _SharedFile(self, info.header_offset)
        try:
            head = shared.read(_LH_SIZE)
            if len(head) != _LH_SIZE:
                raise BadZipFile("Truncated file header")
            head = struct.unpack(_LH_FMT, head)
            if head[0] != _LH_SIG:
                raise BadZipFile("Bad magic number for file header")
            rawname = shared.read(head[10])
            if head[11]:
                shared.read(head[11])
            if info.flag_bits & 0x20:
                raise NotImplementedError("compressed patched data "
                                          "(flag bit 5)")
            if info.flag_bits & 0x40:
                raise NotImplementedError("strong encryption (flag bit 6)")
            if head[3] & 0x800:
                fname = rawname.decode("utf-8")
            else:
                fname = _decode_name(rawname, 0, self.metadata_encoding)
            if fname != info.orig_filename:
                raise BadZipFile('File name in directory %r and header %r '
                                 'differ.' % (info.orig_filename, rawname))
            if info.flag_bits & 0x1:
                if not pwd and not self.pwd:
                    raise RuntimeError("File %r is encrypted, password "
                                       "required for extraction" % name)
                raise NotImplementedError("encrypted zip members are not "
                                          "supported")
            return ZipExtFile(shared, mode, info, None, True)
        except BaseException:
            shared.close()
            raise

    def _open_to_write(self, info, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False "
                             "when opening the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is "
                             "another write handle open on it. Close the "
                             "first handle before opening another.")
        info.compress_size = 0
        info.CRC = 0
        info.flag_bits = 0x00
        if info.compress_type == ZIP_LZMA:
            info.flag_bits |= 0x02
        if not self._seekable:
            info.flag_bits |= 0x08
        if not info.external_attr:
            info.external_attr = 0o600 << 16
        zip64 = self._allowZip64 and (
            force_zip64 or info.file_size * 1.05 > ZIP64_LIMIT)
        if self._seekable:
            self.fp.seek(self.start_dir)
        info.header_offset = self.fp.tell()
        self._writecheck(info)
        self._didModify = True
        self.fp.write(info.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, info, zip64)

    def _writecheck(self, info):
        if info.filename in self.NameToInfo:
            warnings.warn('Duplicate name: %r' % info.filename, stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError('Attempt to write ZIP archive that was already '
                             'closed')
        _check_compression(info.compress_type)
        if not self._allowZip64:
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                raise LargeZipFile("Files count would require ZIP64 "
                                   "extensions")
            if info.file_size > ZIP64_LIMIT:
                raise LargeZipFile("Filesize would require ZIP64 extensions")
            if info.header_offset > ZIP64_LIMIT:
                raise LargeZipFile("Zipfile size would require ZIP64 "
                                   "extensions")

    # -- extracting ----------------------------------------------------------

    def extract(self, member, path=None, pwd=None):
        path = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        if members is None:
            members = self.namelist()
        path = os.getcwd() if path is None else os.fspath(path)
        for m in members:
            self._extract_member(m, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        skip = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(p for p in arcname.split(os.path.sep)
                                   if p not in skip)
        targetpath = os.path.normpath(os.path.join(targetpath, arcname))
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as src, open(targetpath, "wb") as dst:
            while True:
                block = src.read(1 << 16)
                if not block:
                    break
                dst.write(block)
        return targetpath

    # -- writing -------------------------------------------------------------

    def write(self, filename, arcname=None, compress_type=None,
              compresslevel=None):
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was "
                             "already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open "
                             "writing handle exists")
        info = ZipInfo.from_file(filename, arcname,
                                 strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            info.compress_size = 0
            info.CRC = 0
            self.mkdir(info)
            return
        info.compress_type = self.compression if compress_type is None \
            else compress_type
        info._compresslevel = self.compresslevel if compresslevel is None \
            else compresslevel
        with open(filename, "rb") as src, self.open(info, 'w') as dst:
            while True:
                block = src.read(1 << 16)
                if not block:
                    break
                dst.write(block)

    def writestr(self, zinfo_or_arcname, data, compress_type=None,
                 compresslevel=None):
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
            if info.filename[-1:] == '/':
                info.external_attr = (0o40775 << 16) | 0x10
            else:
                info.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was "
                             "already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open "
                             "writing handle exists.")
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info._compresslevel = compresslevel
        info.file_size = len(data)
        with self._lock:
            with self.open(info, mode='w') as dst:
                dst.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
            if not info.is_dir():
                raise ValueError("The given ZipInfo does not describe a "
                                 "directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith('/'):
                name += '/'
            info = ZipInfo(name, time.localtime(time.time())[:6])
            info.compress_size = 0
            info.CRC = 0
            info.file_size = 0
            info.external_attr = (((0o40000 | mode) & 0xFFFF) << 16) | 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        with self._lock:
            if self._seekable:
                self.fp.seek(self.start_dir)
            info.header_offset = self.fp.tell()
            if info.compress_type == ZIP_LZMA:
                info.flag_bits |= 0x02
            self._writecheck(info)
            self._didModify = True
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
            self.fp.write(info.FileHeader(False))
            self.start_dir = self.fp.tell()

    # -- closing -------------------------------------------------------------

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def close(self):
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is "
                             "an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                with self._lock:
                    if self._seekable:
                        self.fp.seek(self.start_dir)
                    self._write_directory()
        finally:
            fp = self.fp
            self.fp = None
            self._fp_release(fp)

    def _release(self):
        self._refs -= 1
        if self._refs <= 0 and self.fp is None:
            pass

    def _fp_release(self, fp):
        if not self._filePassed:
            fp.close()

    def _write_directory(self):
        fp = self.fp
        for info in self.filelist:
            tm, date = _dos_time(info.date_time)
            extra = []
            if info.file_size > ZIP64_LIMIT or info.compress_size > ZIP64_LIMIT:
                extra.append(info.file_size)
                extra.append(info.compress_size)
                fsize = csize = 0xffffffff
            else:
                fsize, csize = info.file_size, info.compress_size
            if info.header_offset > ZIP64_LIMIT:
                extra.append(info.header_offset)
                offset = 0xffffffff
            else:
                offset = info.header_offset
            extra_data = info.extra
            need = 0
            if extra:
                extra_data = struct.pack('<HH' + 'Q' * len(extra), 1,
                                         8 * len(extra), *extra) + extra_data
                need = ZIP64_VERSION
            if info.compress_type == ZIP_BZIP2:
                need = max(BZIP2_VERSION, need)
            elif info.compress_type == ZIP_LZMA:
                need = max(LZMA_VERSION, need)
            ev = max(need, info.extract_version)
            cv = max(need, info.create_version)
            name, flags = info._encodeFilenameFlags()
            rec = struct.pack(_CD_FMT, _CD_SIG, cv, info.create_system, ev,
                              info.reserved, flags, info.compress_type, tm,
                              date, info.CRC, csize, fsize, len(name),
                              len(extra_data), len(info.comment), 0,
                              info.internal_attr, info.external_attr, offset)
            fp.write(rec)
            fp.write(name)
            fp.write(extra_data)
            fp.write(info.comment)
        end = fp.tell()
        count = len(self.filelist)
        size = end - self.start_dir
        offset = self.start_dir
        if (count > ZIP_FILECOUNT_LIMIT or offset > ZIP64_LIMIT or
                size > ZIP64_LIMIT):
            if not self._allowZip64:
                raise LargeZipFile("Zipfile size would require ZIP64 "
                                   "extensions")
            fp.write(struct.pack(_END64_FMT, _END64_SIG, 44, 45, 45, 0, 0,
                                 count, count, size, offset))
            fp.write(struct.pack(_LOC64_FMT, _LOC64_SIG, 0, end, 1))
            count = min(count, 0xFFFF)
            size = min(size, 0xFFFFFFFF)
            offset = min(offset, 0xFFFFFFFF)
        fp.write(struct.pack(_END_FMT, _END_SIG, 0, 0, count, count, size,
                             offset, len(self._comment)))
        fp.write(self._comment)
        if self.mode == "a":
            fp.truncate()
        fp.flush()


class PyZipFile(ZipFile):
    """ZipFile subclass kept for API compatibility (writepy is not
    supported: coil has no .pyc format)."""

    def __init__(self, file, mode="r", compression=ZIP_STORED,
                 allowZip64=True, optimize=-1):
        ZipFile.__init__(self, file, mode=mode, compression=compression,
                         allowZip64=allowZip64)
        self._optimize = optimize


class Path:
    """A pathlib-like view of a member (or directory) of a ZipFile."""

    def __init__(self, root, at=""):
        if not isinstance(root, ZipFile):
            root = ZipFile(root)
        self.root = root
        self.at = at

    def _names(self):
        names = set(self.root.namelist())
        for n in list(names):
            parts = n.rstrip('/').split('/')
            for i in range(1, len(parts)):
                names.add('/'.join(parts[:i]) + '/')
        return names

    def _next(self, at):
        return Path(self.root, at)

    @property
    def name(self):
        return self.at.rstrip('/').rsplit('/', 1)[-1] if self.at else \
            os.path.basename(self.root.filename or '')

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def stem(self):
        suffix = self.suffix
        return self.name[:-len(suffix)] if suffix else self.name

    @property
    def filename(self):
        return os.path.join(self.root.filename, self.at)

    @property
    def parent(self):
        if not self.at:
            return self
        head = self.at.rstrip('/').rpartition('/')[0]
        return self._next(head + '/' if head else '')

    def is_dir(self):
        return not self.at or self.at.endswith('/')

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return not self.at or self.at in self._names()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        out = []
        for n in sorted(self._names()):
            if n != self.at and n.startswith(self.at):
                rest = n[len(self.at):].rstrip('/')
                if '/' not in rest:
                    out.append(self._next(n))
        return iter(out)

    def joinpath(self, *other):
        at = self.at
        for part in other:
            at = at + part if at.endswith('/') or not at else at + '/' + part
        names = self._names()
        if at not in names and at + '/' in names:
            at += '/'
        return self._next(at)

    __truediv__ = joinpath

    def open(self, mode='r', *args, pwd=None, **kwargs):
        if self.is_dir():
            raise IsADirectoryError(self)
        zmode = mode[0]
        if zmode == 'r' and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zmode, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        return io.TextIOWrapper(stream, *args, **kwargs)

    def read_text(self, *args, **kwargs):
        with self.open('r', *args, **kwargs) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def __str__(self):
        return os.path.join(self.root.filename or '', self.at)

    def __repr__(self):
        return "Path(%r, %r)" % (self.root.filename, self.at)
