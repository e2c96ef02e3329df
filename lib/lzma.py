"""xz/lzma compression: LZMAFile, open(), compress(), decompress(), the
incremental LZMACompressor/LZMADecompressor, LZMAError and the format,
check, filter and preset constants (from the C module _lzma, on
liblzma)."""

__all__ = [
    "CHECK_NONE", "CHECK_CRC32", "CHECK_CRC64", "CHECK_SHA256",
    "CHECK_ID_MAX", "CHECK_UNKNOWN",
    "FILTER_LZMA1", "FILTER_LZMA2", "FILTER_DELTA", "FILTER_X86", "FILTER_IA64",
    "FILTER_ARM", "FILTER_ARMTHUMB", "FILTER_POWERPC", "FILTER_SPARC",
    "FORMAT_AUTO", "FORMAT_XZ", "FORMAT_ALONE", "FORMAT_RAW",
    "MF_HC3", "MF_HC4", "MF_BT2", "MF_BT3", "MF_BT4",
    "MODE_FAST", "MODE_NORMAL", "PRESET_DEFAULT", "PRESET_EXTREME",
    "LZMACompressor", "LZMADecompressor", "LZMAFile", "LZMAError",
    "open", "compress", "decompress", "is_check_supported",
]

import builtins
import io
import os
from _lzma import *
from _lzma import LZMACompressor, LZMADecompressor, LZMAError, is_check_supported
import _compression
from _compression import _MODE_READ, _MODE_WRITE


class LZMAFile(_compression.CompressedFile):
    """A file object reading or writing xz/lzma-compressed data.  filename
    is a path or an open binary file; mode 'r', 'w', 'x' or 'a' (with or
    without 'b'); format, check, preset and filters as LZMACompressor's
    (reading: format and filters only)."""

    def __init__(self, filename=None, mode="r", *, format=None, check=-1, preset=None,
                 filters=None):
        compressor = None
        if mode in ("r", "rb"):
            if check != -1:
                raise ValueError("Cannot specify an integrity check when opening a file for reading")
            if preset is not None:
                raise ValueError("Cannot specify a preset compression level when opening a file for reading")
            if format is None:
                format = FORMAT_AUTO
            mode_code = _MODE_READ
        elif mode in ("w", "wb", "a", "ab", "x", "xb"):
            if format is None:
                format = FORMAT_XZ
            mode_code = _MODE_WRITE
            compressor = LZMACompressor(format=format, check=check, preset=preset, filters=filters)
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        if isinstance(filename, (str, bytes, os.PathLike)):
            if "b" not in mode:
                mode += "b"
            fp, closefp = builtins.open(filename, mode), True
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            fp, closefp = filename, False
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        if mode_code == _MODE_READ:
            self._setup(fp, closefp, mode_code,
                        decompressor_factory=lambda: LZMADecompressor(format=format, filters=filters),
                        trailing_error=LZMAError)
        else:
            self._setup(fp, closefp, mode_code, compressor=compressor)


def open(filename, mode="rb", *, format=None, check=-1, preset=None, filters=None,
         encoding=None, errors=None, newline=None):
    """An LZMAFile in binary mode, or one wrapped in a TextIOWrapper for
    the text modes ('rt', 'wt', 'xt', 'at')."""
    _compression.open_mode_checks(mode, encoding, errors, newline)
    binary_file = LZMAFile(filename, mode.replace("t", ""), format=format, check=check,
                           preset=preset, filters=filters)
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def compress(data, format=FORMAT_XZ, check=-1, preset=None, filters=None):
    """The compression of data, in one go."""
    comp = LZMACompressor(format, check, preset, filters)
    return comp.compress(data) + comp.flush()


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    """Decompress data holding one or more concatenated streams."""
    results = []
    while True:
        decomp = LZMADecompressor(format, memlimit, filters)
        try:
            res = decomp.decompress(data)
        except LZMAError:
            if results:
                break          # trailing garbage: ignored
            raise
        results.append(res)
        if not decomp.eof:
            raise LZMAError("Compressed data ended before the end-of-stream marker was reached")
        data = decomp.unused_data
        if not data:
            break
    return b"".join(results)
