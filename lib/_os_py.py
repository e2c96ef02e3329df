"""The parts of the os module written in Python: walk, scandir/DirEntry,
fwalk-free helpers (fsencode, fsdecode, PathLike), terminal sizes, uname.
Imported by os at its creation; adds these names to os itself."""

import os
import sys
import abc

_stat_mod_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


class PathLike(abc.ABC):
    """Abstract base class for objects with a file system path (__fspath__)."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented

    __class_getitem__ = classmethod(lambda cls, item: cls)


def fsencode(filename):
    """The filename as bytes (UTF-8, surrogateescape)."""
    filename = os.fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    """The filename as str (UTF-8, surrogateescape)."""
    filename = os.fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


class DirEntry:
    """One entry of a directory listed by scandir(); stat results are cached."""

    __slots__ = ("name", "path", "_stat", "_lstat")

    def __init__(self, dirpath, name):
        self.name = name
        if isinstance(name, bytes):
            self.path = os.path.join(dirpath, name) if dirpath != b"." or True else name
        else:
            self.path = os.path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def _get_lstat(self):
        if self._lstat is None:
            self._lstat = os.lstat(self.path)
        return self._lstat

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            return self._get_lstat()
        if self._stat is None:
            if self.is_symlink():
                self._stat = os.stat(self.path)
            else:
                self._stat = self._get_lstat()
        return self._stat

    def _mode_is(self, kind, follow_symlinks):
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return (st.st_mode & _stat_mod_IFMT) == kind

    def is_dir(self, *, follow_symlinks=True):
        return self._mode_is(_S_IFDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._mode_is(_S_IFREG, follow_symlinks)

    def is_symlink(self):
        try:
            return (self._get_lstat().st_mode & _stat_mod_IFMT) == _S_IFLNK
        except FileNotFoundError:
            return False

    def inode(self):
        return self._get_lstat().st_ino

    def is_junction(self):
        return False

    __class_getitem__ = classmethod(lambda cls, item: cls)


class _ScandirIterator:
    def __init__(self, path):
        self._path = path
        self._names = iter(os.listdir(path))

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        name = next(self._names)
        return DirEntry(self._path, name)

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path="."):
    """An iterator of DirEntry objects for the entries of path."""
    if path is None:
        path = "."
    path = os.fspath(path)
    return _ScandirIterator(path)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """(dirpath, dirnames, filenames) for top and every directory below it."""
    top = os.fspath(top)
    stack = [top]
    islink, join = os.path.islink, os.path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with it:
            while True:
                try:
                    entry = next(it)
                except StopIteration:
                    break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            is_symlink = entry.is_symlink()
                        except OSError:
                            is_symlink = False
                        walk_into = not is_symlink
                    if walk_into:
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


class terminal_size(tuple):
    """os.terminal_size(columns, lines)."""

    n_fields = 2
    n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % (self[0], self[1])

    def __reduce__(self):
        return (terminal_size, (tuple(self),))


def get_terminal_size(fd=1):
    """The size of the terminal on fd (OSError if fd is not a terminal)."""
    return terminal_size(os._winsize(fd))


class uname_result(tuple):
    """os.uname_result(sysname, nodename, release, version, machine)."""

    n_fields = 5
    n_sequence_fields = 5
    n_unnamed_fields = 0

    def __new__(cls, seq):
        return tuple.__new__(cls, tuple(seq))

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        return ("posix.uname_result(sysname=%r, nodename=%r, release=%r, version=%r, machine=%r)"
                % tuple(self))


def uname():
    """The identity of the system: sysname, nodename, release, version, machine."""
    return uname_result(os._uname())


def get_exec_path(env=None):
    if env is None:
        env = os.environ
    path_list = env.get("PATH", os.defpath)
    return path_list.split(os.pathsep)


class _Environ:
    """os.environ: a mapping over the process environment; assignments
    and deletions also go to the C environment (putenv/unsetenv), so
    child processes see them. (The MutableMapping methods are written out:
    importing _collections_abc here would slow every "import os".)"""

    __slots__ = ("_data",)

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        os.unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    __hash__ = None

    def __repr__(self):
        formatted_items = ", ".join(
            f"{key!r}: {value!r}" for key, value in self._data.items())
        return f"environ({{{formatted_items}}})"

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is _Environ._MISSING:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._data:
            raise KeyError("popitem(): dictionary is empty")
        key = next(reversed(self._data))
        return key, self.pop(key)

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new


if isinstance(os.environ, dict):
    os.environ = _Environ(os.environ)

# os.environ is a collections.abc.MutableMapping, as CPython's: registered
# here when _collections_abc came first, else by _collections_abc itself.
if "_collections_abc" in sys.modules:
    sys.modules["_collections_abc"].MutableMapping.register(_Environ)


import _structseq

times_result = _structseq.make(
    "times_result", "posix", ("user", "system", "children_user", "children_system", "elapsed"))


def times():
    """Process and children CPU times and the elapsed real time, in seconds."""
    return times_result(os._times())


statvfs_result = _structseq.make(
    "statvfs_result", "os", ("f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
                             "f_ffree", "f_favail", "f_flag", "f_namemax"))


def statvfs(path):
    """File-system statistics of the file system holding path (or fd)."""
    return statvfs_result(os._statvfs(path)[:10])


def fstatvfs(fd):
    return statvfs_result(os._statvfs(fd)[:10])


def removedirs(name):
    """rmdir name, then each parent directory that becomes empty."""
    os.rmdir(name)
    head, tail = os.path.split(name)
    if not tail:
        head, tail = os.path.split(head)
    while head and tail:
        try:
            os.rmdir(head)
        except OSError:
            break
        head, tail = os.path.split(head)


def renames(old, new):
    """rename, creating the new parent directories and pruning the old ones."""
    head, tail = os.path.split(new)
    if head and tail and not os.path.exists(head):
        os.makedirs(head)
    os.rename(old, new)
    head, tail = os.path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class _wrap_close:
    """The file os.popen returns: its close() waits for the command and
    gives None on success, else the wait status."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        code = self._proc.wait()
        return None if code == 0 else (code << 8 if code > 0 else -code)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    """Run cmd in a shell; a file reading its output ('r') or writing its input ('w')."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, universal_newlines=True)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, stdin=subprocess.PIPE, universal_newlines=True)
    return _wrap_close(proc.stdin, proc)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over the open descriptor fd (io.open(fd, ...))."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def _exec_search(file, args, env):
    """execvp/execvpe: try file in each directory of PATH; the first error
    other than 'not there' wins, as CPython's."""
    run = os.execv if env is None else os.execve
    rest = (args,) if env is None else (args, env)
    if os.path.dirname(file):
        run(file, *rest)
        return
    first_other = None
    last = None
    for d in get_exec_path(env if env is not None else os.environ):
        try:
            run(os.path.join(d, file), *rest)
        except (FileNotFoundError, NotADirectoryError) as e:
            last = e
        except OSError as e:
            last = e
            if first_other is None:
                first_other = e
    raise first_other if first_other is not None else last


def execl(file, *args):
    os.execv(file, args)


def execle(file, *args):
    os.execve(file, args[:-1], args[-1])


def execlp(file, *args):
    _exec_search(file, args, None)


def execlpe(file, *args):
    _exec_search(file, args[:-1], args[-1])


def execvp(file, args):
    _exec_search(file, args, None)


def execvpe(file, args, env):
    _exec_search(file, args, env)


def _spawn(mode, file, args, env, search):
    if not isinstance(args, (tuple, list)):
        raise TypeError("argv must be a tuple or a list")
    if not args or not args[0]:
        raise ValueError("argv first element cannot be empty")
    pid = os.fork()
    if pid == 0:
        try:
            if search:
                _exec_search(file, args, env)
            elif env is None:
                os.execv(file, args)
            else:
                os.execve(file, args, env)
        except BaseException:
            pass
        os._exit(127)
    if mode == os.P_NOWAIT:
        return pid
    while True:
        _, status = os.waitpid(pid, 0)
        if os.WIFSTOPPED(status):
            continue
        return os.waitstatus_to_exitcode(status)


def spawnv(mode, file, args):
    return _spawn(mode, file, args, None, False)


def spawnve(mode, file, args, env):
    return _spawn(mode, file, args, env, False)


def spawnvp(mode, file, args):
    return _spawn(mode, file, args, None, True)


def spawnvpe(mode, file, args, env):
    return _spawn(mode, file, args, env, True)


def spawnl(mode, file, *args):
    return _spawn(mode, file, args, None, False)


def spawnle(mode, file, *args):
    return _spawn(mode, file, args[:-1], args[-1], False)


def spawnlp(mode, file, *args):
    return _spawn(mode, file, args, None, True)


def spawnlpe(mode, file, *args):
    return _spawn(mode, file, args[:-1], args[-1], True)


_fork_hooks = ([], [], [])   # before (run last-registered first), child, parent


def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    """Callables to run around os.fork(): before it in the parent, after it
    in the child and in the parent."""
    if before is None and after_in_child is None and after_in_parent is None:
        raise TypeError("At least one argument is required.")
    for name, f in (("before", before), ("after_in_child", after_in_child),
                    ("after_in_parent", after_in_parent)):
        if f is not None and not callable(f):
            raise TypeError("'%s' must be callable, not %s" % (name, type(f).__name__))
    if before is not None:
        _fork_hooks[0].append(before)
    if after_in_child is not None:
        _fork_hooks[1].append(after_in_child)
    if after_in_parent is not None:
        _fork_hooks[2].append(after_in_parent)
    if os.fork is _c_fork:
        os.fork = _fork_with_hooks


def _run_fork_hooks(hooks):
    for f in hooks:
        try:
            f()
        except BaseException as e:
            import traceback
            print("Exception ignored in: %r" % (f,), file=sys.stderr)
            traceback.print_exception(type(e), e, e.__traceback__, file=sys.stderr)


_c_fork = os.fork


def _fork_with_hooks():
    _run_fork_hooks(reversed(_fork_hooks[0]))
    pid = _c_fork()
    _run_fork_hooks(_fork_hooks[1] if pid == 0 else _fork_hooks[2])
    return pid


_fork_with_hooks.__name__ = _fork_with_hooks.__qualname__ = "fork"

supports_fd = {os.stat, os.truncate, os.utime, os.chown, os.chmod, os.listdir, os.chdir, os._statvfs}
supports_dir_fd = {os.utime}
supports_follow_symlinks = {os.stat, os.utime, os.chown}
supports_effective_ids = set()
supports_bytes_environ = True

environb = {fsencode(_k): fsencode(_v) for _k, _v in os.environ.items()}


def getenvb(key, default=None):
    return environb.get(key, default)


for _name in ("PathLike", "fsencode", "fsdecode", "DirEntry", "scandir", "walk", "terminal_size",
              "get_terminal_size", "uname_result", "uname", "get_exec_path", "times_result", "times",
              "statvfs_result", "statvfs", "fstatvfs", "removedirs", "renames", "popen", "fdopen",
              "execl", "execle", "execlp", "execlpe", "execvp", "execvpe", "spawnv", "spawnve",
              "spawnvp", "spawnvpe", "spawnl", "spawnle", "spawnlp", "spawnlpe", "register_at_fork",
              "supports_fd", "supports_dir_fd", "supports_follow_symlinks", "supports_effective_ids",
              "supports_bytes_environ", "environb", "getenvb"):
    _obj = globals()[_name]
    try:
        _obj.__module__ = "os"
    except (AttributeError, TypeError):
        pass
    setattr(os, _name, _obj)
del _name, _obj
times_result.__module__ = "posix"
