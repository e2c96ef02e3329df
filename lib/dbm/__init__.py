"""dbm: a generic interface to key/value databases. coil ships only the
dbm.dumb backend, so dbm.open creates dumb databases and whichdb recognises
the others only to report them."""

import io
import os
import struct
import sys

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


_names = ['dbm.dumb']
_defaultmod = None
_modules = {}

error = (error, OSError)


def _load(name):
    mod = _modules.get(name)
    if mod is None:
        mod = __import__(name, fromlist=['open'])
        _modules[name] = mod
    return mod


def open(file, flag='r', mode=0o666):
    """Open or create a database; flag is 'r', 'w', 'c' or 'n'."""
    global _defaultmod
    if _defaultmod is None:
        for name in _names:
            try:
                _defaultmod = _load(name)
                break
            except ImportError:
                continue
        else:
            raise ImportError("no dbm clone found; tried %s" % _names)
    result = whichdb(file) if 'n' not in flag else None
    if result is None:
        if 'c' in flag or 'n' in flag:
            mod = _defaultmod
        else:
            raise error[0]("db file doesn't exist; "
                           "use 'c' or 'n' flag to create a new db")
    elif result == "":
        raise error[0]("db type could not be determined")
    elif result not in _names:
        raise error[0]("No module named {!r}".format(result))
    else:
        mod = _load(result)
    return mod.open(file, flag, mode)


def whichdb(filename):
    """'dbm.dumb', 'dbm.gnu', 'dbm.ndbm', 'dbhash', '' (unknown format) or
    None (no such file)."""
    filename = os.fsencode(filename).decode() if isinstance(filename, bytes) \
        else os.fspath(filename)
    for probe in (filename + ".pag", filename + ".db"):
        if os.path.exists(probe):
            if probe.endswith(".pag") and os.path.exists(filename + ".dir"):
                return "dbm.ndbm"
            if probe.endswith(".db"):
                try:
                    with io.open(probe, "rb") as f:
                        head = f.read(16)
                    if len(head) >= 16 and struct.unpack(
                            "=l", head[12:16])[0] in (0x061561, 0x61561):
                        return "dbm.ndbm"
                except OSError:
                    pass
    try:
        os.stat(filename + ".dat")
        if os.stat(filename + ".dir").st_size == 0:
            return "dbm.dumb"
        with io.open(filename + ".dir", "rb") as f:
            if f.read(1) in (b"'", b'"'):
                return "dbm.dumb"
    except OSError:
        pass
    try:
        f = io.open(filename, "rb")
    except OSError:
        return None
    with f:
        head = f.read(16)
    if len(head) < 4:
        return ""
    magic = struct.unpack("=l", head[:4])[0]
    if magic in (0x13579ace, 0x13579acd, 0x13579acf):
        return "dbm.gnu"
    if len(head) == 16 and struct.unpack("=l", head[12:16])[0] in (
            0x061561, 0x61561):
        return "dbhash"
    return ""
