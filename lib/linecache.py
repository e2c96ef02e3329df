"""Source lines of files, cached (coil's version of CPython's linecache).

getline(filename, lineno) returns the line (with its newline) or '' when
the file or line does not exist; getlines(filename) all lines. The cache
maps a filename to (size, mtime, lines, fullname); checkcache drops entries
whose file changed on disk. lazycache is accepted and does nothing
(coil's modules have no __loader__.get_source): it returns False."""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache; '' if absent."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache, reading the
    file if it is not there yet."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date (file changed or gone)."""
    if filename is None:
        names = list(cache.keys())
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue          # not backed by a file: keep
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Read filename into the cache (searching sys.path for a relative
    name) and return its lines; [] when it cannot be read."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    if filename.startswith('<coil-lib>/'):
        # coil's own library lives inside the binary
        import _importlib
        src = _importlib._embedded_source(filename)
        if src is None:
            return []
        lines = src.splitlines(True)
        if lines and not lines[-1].endswith('\n'):
            lines[-1] += '\n'
        cache[filename] = (len(src), None, lines, filename)
        return lines
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        st = None
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            if not isinstance(dirname, str):
                continue
            try:
                candidate = os.path.join(dirname, filename)
                st = os.stat(candidate)
            except (OSError, TypeError, ValueError):
                continue
            fullname = candidate
            break
        if st is None:
            return []
    try:
        with open(fullname, encoding='utf-8', errors='replace') as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """CPython registers a loader to fetch the source later; coil's modules
    carry no loader, so nothing is registered."""
    return False
