"""bzip2 compression: BZ2File, open(), compress(), decompress(), and the
incremental BZ2Compressor/BZ2Decompressor (from the C module _bz2, on
libbz2)."""

__all__ = ['BZ2File', 'BZ2Compressor', 'BZ2Decompressor', 'open', 'compress', 'decompress']

import builtins
import io
import os
from _bz2 import BZ2Compressor, BZ2Decompressor
import _compression
from _compression import _MODE_READ, _MODE_WRITE


class BZ2File(_compression.CompressedFile):
    """A file object reading or writing bzip2-compressed data.  filename is
    a path or an open binary file; mode 'r', 'w', 'x' or 'a' (with or
    without 'b'); compresslevel 1..9 for writing."""

    def __init__(self, filename, mode="r", *, compresslevel=9):
        if not (1 <= compresslevel <= 9):
            raise ValueError("compresslevel must be between 1 and 9")
        compressor = None
        if mode in ("", "r", "rb"):
            mode, mode_code = "rb", _MODE_READ
        elif mode in ("w", "wb", "x", "xb", "a", "ab"):
            mode, mode_code = mode[0] + "b", _MODE_WRITE
            compressor = BZ2Compressor(compresslevel)
        else:
            raise ValueError("Invalid mode: %r" % (mode,))
        if isinstance(filename, (str, bytes, os.PathLike)):
            fp, closefp = builtins.open(filename, mode), True
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            fp, closefp = filename, False
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        if mode_code == _MODE_READ:
            self._setup(fp, closefp, mode_code, decompressor_factory=BZ2Decompressor,
                        trailing_error=OSError)
        else:
            self._setup(fp, closefp, mode_code, compressor=compressor)


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    """A BZ2File in binary mode, or one wrapped in a TextIOWrapper for the
    text modes ('rt', 'wt', 'xt', 'at')."""
    _compression.open_mode_checks(mode, encoding, errors, newline)
    binary_file = BZ2File(filename, mode.replace("t", ""), compresslevel=compresslevel)
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def compress(data, compresslevel=9):
    """The bzip2 compression of data, in one go."""
    comp = BZ2Compressor(compresslevel)
    return comp.compress(data) + comp.flush()


def decompress(data):
    """Decompress data holding one or more concatenated bzip2 streams."""
    results = []
    while data:
        decomp = BZ2Decompressor()
        try:
            res = decomp.decompress(data)
        except OSError:
            if results:
                break          # trailing garbage: ignored
            raise
        results.append(res)
        if not decomp.eof:
            raise ValueError("Compressed data ended before the end-of-stream marker was reached")
        data = decomp.unused_data
    return b"".join(results)
