"""Filename pattern expansion: glob(), iglob(), escape(), has_magic().

coil's implementation of the standard `glob` module on top of fnmatch and
os.listdir. Names starting with a dot match only patterns that start with a
dot; "**" with recursive=True matches any files and zero or more
directories. Results come in directory-listing order, as in CPython.
"""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape", "has_magic"]

_magic = re.compile("([*?[])")
_magic_bytes = re.compile(b"([*?[])")


def has_magic(s):
    """Whether s holds a wildcard character."""
    if isinstance(s, bytes):
        return _magic_bytes.search(s) is not None
    return _magic.search(s) is not None


def escape(pathname):
    """pathname with its wildcard characters made literal (the drive untouched)."""
    if isinstance(pathname, bytes):
        return _magic_bytes.sub(rb"[\1]", pathname)
    return _magic.sub(r"[\1]", pathname)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        try:
            first = next(it)
            if first:
                it = _chain(first, it)
        except StopIteration:
            pass
    return it


def _chain(first, rest):
    yield first
    yield from rest


def _is_recursive(pattern):
    return pattern == (b"**" if isinstance(pattern, bytes) else "**")


def _is_hidden(name):
    return name[:1] in (".", b".")


def _join(root, path):
    if root and path:
        return os.path.join(root, path)
    return root or path


def _lexists(root, path):
    return os.path.lexists(_join(root, path))


def _isdir(root, path):
    return os.path.isdir(_join(root, path))


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(root_dir, pathname):
                yield pathname
        else:
            # pattern ends with a separator: only directories
            if _isdir(root_dir, dirname):
                yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _is_recursive(basename):
            matcher = _glob2
        else:
            matcher = _glob1
    else:
        matcher = _glob0
    for d in dirs:
        for name in matcher(_join(root_dir, d) if root_dir else d, basename, dironly,
                            include_hidden):
            yield os.path.join(d, name)


def _list(dirname, dironly):
    if not dirname:
        dirname = os.curdir if isinstance(dirname, str) else bytes(os.curdir, "ASCII")
    try:
        names = os.listdir(dirname)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(os.path.join(dirname, n))]
    return names


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _list(dirname, dironly)
    if not (include_hidden or _is_hidden(pattern)):
        names = [n for n in names if not _is_hidden(n)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(os.path.join(dirname, basename) if dirname else basename):
            return [basename]
    else:
        if os.path.isdir(dirname):
            return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    # "**": this directory (as the empty name) and everything below it
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden):
    for name in _list(dirname, False):
        if not include_hidden and _is_hidden(name):
            continue
        path = os.path.join(dirname, name) if dirname else name
        is_dir = os.path.isdir(path) and not os.path.islink(path)
        if dironly and not os.path.isdir(path):
            continue
        yield name
        if is_dir:
            for sub in _rlistdir(path, dironly, include_hidden):
                yield os.path.join(name, sub)
