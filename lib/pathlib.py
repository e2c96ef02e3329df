"""Object-oriented filesystem paths (POSIX flavour).

coil's implementation of the standard `pathlib` module: PurePath /
PurePosixPath (pure path arithmetic) and Path / PosixPath (filesystem
access: stat, exists, is_dir, iterdir, glob, rglob, read/write text and
bytes, mkdir, unlink, rename, resolve, ...). The Windows flavour is not
provided (PureWindowsPath raises NotImplementedError on use).
"""

import fnmatch
import os
import posixpath
import re
import sys
from errno import ENOENT, ENOTDIR, EBADF, ELOOP, EINVAL

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _parse(parts):
    """(root, [names]) of the joined argument parts, normalised as pathlib
    does: '.' components and repeated slashes vanish, '..' stays."""
    root = ""
    names = []
    for part in parts:
        if isinstance(part, PurePath):
            p = str(part)
        else:
            p = os.fspath(part)
            if not isinstance(p, str):
                raise TypeError("argument should be a str or an os.PathLike object where "
                                "__fspath__ returns a str, not %r" % type(p).__name__)
        if p.startswith("/"):
            # an absolute part restarts the path; exactly two slashes are kept
            root = "//" if p.startswith("//") and not p.startswith("///") else "/"
            names = []
        for name in p.split("/"):
            if name and name != ".":
                names.append(name)
    return root, names


class PurePath:
    """A path without filesystem access."""

    __slots__ = ("_root", "_parts", "_str", "_hash")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        self._hash = None
        return self

    @classmethod
    def _from_parsed(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        self._str = None
        self._hash = None
        return self

    def _make_child(self, args):
        root, parts = _parse(args)
        if root:
            return self._from_parsed(root, parts)
        return self._from_parsed(self._root, self._parts + parts)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            s = self._root + "/".join(self._parts)
            self._str = s or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return "file://" + quote_from_bytes(os.fsencode(str(self)))

    def _key(self):
        return (self._root, tuple(self._parts))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._sort_key() <= other._sort_key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._sort_key() > other._sort_key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._sort_key() >= other._sort_key()

    def _sort_key(self):
        return ([self._root] if self._root else []) + self._parts

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parsed(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = self._from_parts(other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            formatted = str(base)
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and "
                             "the other is absolute.".format(str(self), formatted))
        return self._from_parsed("", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + [str(self)])
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parsed(self._root, self._parts[:-1])

    @property
    def parents(self):
        result = []
        p = self
        while p._parts:
            p = p.parent
            result.append(p)
        return _Parents(result)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        pat = self._from_parts((path_pattern,))
        if not pat._parts:
            raise ValueError("empty pattern")
        if pat._root:
            if pat._root != self._root or len(pat._parts) != len(self._parts):
                return False
        elif len(pat._parts) > len(self._parts):
            return False
        for part, p in zip(reversed(self._parts), reversed(pat._parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True

    __class_getitem__ = classmethod(lambda cls, item: cls)


class _Parents:
    def __init__(self, items):
        self._items = items

    def __len__(self):
        return len(self._items)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self._items[idx])
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        return self._items[idx]

    def __iter__(self):
        return iter(self._items)

    def __repr__(self):
        return "<{}.parents>".format(self._items[0].__class__.__name__ if self._items else "Path")


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("coil's pathlib has only the POSIX flavour")


class Path(PurePath):
    """A path with filesystem access."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child((name,))

    def _scan(self, path, pattern_parts, dironly_last):
        if not pattern_parts:
            yield path
            return
        pat, rest = pattern_parts[0], pattern_parts[1:]
        if pat == "**":
            for sub in self._walk_dirs(path):
                yield from self._scan(sub, rest, dironly_last)
            return
        if not any(c in pat for c in "*?["):
            child = path._make_child((pat,))
            if rest:
                if child.is_dir():
                    yield from self._scan(child, rest, dironly_last)
            elif child.exists() or child.is_symlink():
                yield child
            return
        try:
            names = os.listdir(path)
        except OSError:
            return
        match = re.compile(fnmatch.translate(pat)).fullmatch
        for name in names:
            if name.startswith(".") and not pat.startswith("."):
                continue
            if match(name):
                child = path._make_child((name,))
                if rest:
                    if child.is_dir():
                        yield from self._scan(child, rest, dironly_last)
                else:
                    yield child

    def _walk_dirs(self, path):
        yield path
        try:
            names = os.listdir(path)
        except OSError:
            return
        for name in names:
            child = path._make_child((name,))
            if child.is_dir() and not child.is_symlink():
                yield from self._walk_dirs(child)

    def glob(self, pattern):
        """The paths below this one matching pattern (relative, may use **)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, parts = _parse((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern.endswith("/"):
            parts = parts + [""]
        seen = set()
        for p in self._scan(self, [x for x in parts if x != ""], pattern.endswith("/")):
            if pattern.endswith("/") and not p.is_dir():
                continue
            key = str(p)
            if key not in seen:
                seen.add(key)
                yield p

    def rglob(self, pattern):
        """glob("**/" + pattern)."""
        return self.glob("**/" + pattern)

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd(), str(self)])

    def resolve(self, strict=False):
        s = os.path.realpath(self)
        if strict:
            os.stat(s)
        return self._from_parts((s,))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self) if follow_symlinks else os.lstat(self)

    def owner(self):
        raise NotImplementedError("Path.owner() is unsupported in coil")

    def group(self):
        raise NotImplementedError("Path.group() is unsupported in coil")

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        if "b" in mode:
            return open(self, mode, buffering)
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = bytes(memoryview(data))
        with self.open(mode="wb") as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
            except (OSError, AttributeError):
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def lstat(self):
        return self.stat(follow_symlinks=False)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def exists(self):
        try:
            self.stat()
        except OSError as e:
            if e.errno not in (ENOENT, ENOTDIR, EBADF, ELOOP):
                raise
            return False
        except ValueError:
            return False
        return True

    def _mode(self, follow=True):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except OSError as e:
            if e.errno not in (ENOENT, ENOTDIR, EBADF, ELOOP):
                raise
            return None
        except ValueError:
            return None

    def is_dir(self):
        m = self._mode()
        return m is not None and (m & 0o170000) == 0o040000

    def is_file(self):
        m = self._mode()
        return m is not None and (m & 0o170000) == 0o100000

    def is_mount(self):
        return os.path.ismount(self)

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and (m & 0o170000) == 0o120000

    def is_block_device(self):
        m = self._mode()
        return m is not None and (m & 0o170000) == 0o060000

    def is_char_device(self):
        m = self._mode()
        return m is not None and (m & 0o170000) == 0o020000

    def is_fifo(self):
        m = self._mode()
        return m is not None and (m & 0o170000) == 0o010000

    def is_socket(self):
        m = self._mode()
        return m is not None and (m & 0o170000) == 0o140000

    def expanduser(self):
        if not self._root and self._parts and self._parts[0].startswith("~"):
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
