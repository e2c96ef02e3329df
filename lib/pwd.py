"""The password database (getpwnam, getpwuid, getpwall) on _posixdb."""

import _posixdb
from _structseq import make as _make

__all__ = ["struct_passwd", "getpwuid", "getpwnam", "getpwall"]

struct_passwd = _make("struct_passwd", "pwd",
                      ("pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"),
                      "pwd.struct_passwd: Results from getpw*() routines.")


def getpwuid(uid, /):
    """Return the password database entry for the given numeric user ID."""
    t = _posixdb.getpwuid(uid)
    if t is None:
        raise KeyError("getpwuid(): uid not found: %s" % (uid,))
    return struct_passwd(t)


def getpwnam(name, /):
    """Return the password database entry for the given user name."""
    t = _posixdb.getpwnam(name)
    if t is None:
        raise KeyError("getpwnam(): name not found: %r" % (name,))
    return struct_passwd(t)


def getpwall():
    """Return a list of all available password database entries."""
    return [struct_passwd(t) for t in _posixdb.getpwall()]
