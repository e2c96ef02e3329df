"""The group database (getgrnam, getgrgid, getgrall) on _posixdb."""

import _posixdb
from _structseq import make as _make

__all__ = ["struct_group", "getgrgid", "getgrnam", "getgrall"]

struct_group = _make("struct_group", "grp", ("gr_name", "gr_passwd", "gr_gid", "gr_mem"),
                     "grp.struct_group: Results from getgr*() routines.")


def getgrgid(id, /):
    """Return the group database entry for the given numeric group ID."""
    t = _posixdb.getgrgid(id)
    if t is None:
        raise KeyError("getgrgid(): gid not found: %s" % (id,))
    return struct_group(t)


def getgrnam(name, /):
    """Return the group database entry for the given group name."""
    t = _posixdb.getgrnam(name)
    if t is None:
        raise KeyError("getgrnam(): name not found: %r" % (name,))
    return struct_group(t)


def getgrall():
    """Return a list of all available group entries, in arbitrary order."""
    return [struct_group(t) for t in _posixdb.getgrall()]
