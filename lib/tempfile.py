"""Temporary files and directories: mkstemp, mkdtemp, TemporaryDirectory,
NamedTemporaryFile, TemporaryFile, gettempdir.

coil's implementation of the standard `tempfile` module (POSIX): names are
random (os.urandom), files are created with O_EXCL and mode 0600,
directories with mode 0700.
"""

import os
import sys
import errno as _errno

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    raw = os.urandom(8)
    return "".join(_CHARS[b % len(_CHARS)] for b in raw)


def _candidate_dirs():
    for envname in ("TMPDIR", "TEMP", "TMP"):
        d = os.getenv(envname)
        if d:
            yield d
    yield "/tmp"
    yield "/var/tmp"
    yield "/usr/tmp"
    yield os.getcwd()


def _get_default_tempdir():
    for d in _candidate_dirs():
        if d != os.curdir:
            d = os.path.abspath(d)
        if os.path.isdir(d) and os.access(d, os.W_OK | os.X_OK):
            return d
    raise FileNotFoundError(_errno.ENOENT, "No usable temporary directory found in %s"
                            % list(_candidate_dirs()))


def gettempdir():
    """The directory temporary files go into."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    return os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return os.fsencode(template)


def _sanitize(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, os.fspath(dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file only this process can use: returns (fd, absolute path)."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = os.open(name, flags, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(name)
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory only this user can use; returns its absolute path."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(name)
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: prefer mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.exists(name):
            return name
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object that removes its file when closed (if delete)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __iter__(self):
        return iter(self.file)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (.name), removed when closed if delete."""
    fd, name = mkstemp(suffix, prefix, dir)
    os.close(fd)
    try:
        file = open(name, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors) if "b" not in mode else open(name, mode, buffering=buffering)
    except BaseException:
        os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file without a name in the file system (removed at once)."""
    f = NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True,
                           errors=errors)
    try:
        os.unlink(f.name)
    except OSError:
        pass
    f.delete = False
    return f


SpooledTemporaryFile = TemporaryFile


class TemporaryDirectory:
    """A temporary directory removed with its contents by cleanup() or at the
    end of a with block (its value is the path)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done and os.path.exists(self.name):
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._done = True

    def __del__(self):
        try:
            self.cleanup()
        except Exception:
            pass

    __class_getitem__ = classmethod(lambda cls, item: cls)
