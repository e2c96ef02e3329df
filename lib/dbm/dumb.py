"""dbm.dumb: a portable key/value store in two files, NAME.dat (values in
512-byte aligned blocks) and NAME.dir (one "key, (offset, size)" line per
key), compatible with CPython's dbm.dumb files."""

import collections.abc
import io
import os

__all__ = ["error", "open"]

_BLOCK = 512

error = OSError


def _parse_dir_line(line):
    """Parse "'key', (pos, size)" as written by repr(); None if malformed."""
    line = line.strip()
    if not line or line[0] not in "'\"":
        return None
    quote = line[0]
    i = 1
    out = []
    while i < len(line):
        ch = line[i]
        if ch == "\\":
            nxt = line[i + 1]
            if nxt == "x":
                out.append(chr(int(line[i + 2:i + 4], 16)))
                i += 4
                continue
            if nxt == "u":
                out.append(chr(int(line[i + 2:i + 6], 16)))
                i += 6
                continue
            if nxt == "U":
                out.append(chr(int(line[i + 2:i + 10], 16)))
                i += 10
                continue
            out.append({"n": "\n", "r": "\r", "t": "\t", "\\": "\\",
                        "'": "'", '"': '"', "0": "\0"}.get(nxt, "\\" + nxt))
            i += 2
            continue
        if ch == quote:
            break
        out.append(ch)
        i += 1
    rest = line[i + 1:].strip()
    if not rest.startswith(","):
        return None
    nums = rest[1:].strip().strip("()").split(",")
    pos, size = int(nums[0]), int(nums[1])
    return "".join(out), (pos, size)


class _Database(collections.abc.MutableMapping):

    def __init__(self, filebasename, mode, flag='c'):
        filebasename = os.fsencode(filebasename).decode('latin-1') \
            if isinstance(filebasename, bytes) else os.fspath(filebasename)
        self._mode = mode
        self._readonly = (flag == 'r')
        self._dirfile = filebasename + '.dir'
        self._datfile = filebasename + '.dat'
        self._bakfile = filebasename + '.bak'
        self._index = None
        self._modified = False
        if flag == 'n':
            for name in (self._datfile, self._bakfile, self._dirfile):
                try:
                    os.remove(name)
                except OSError:
                    pass
        try:
            f = io.open(self._datfile, 'r', encoding="Latin-1")
        except OSError:
            if flag not in ('c', 'n'):
                raise
            with io.open(self._datfile, 'w', encoding="Latin-1") as f:
                self._chmod(self._datfile)
        else:
            f.close()
        self._load(flag)

    def _load(self, flag):
        self._index = {}
        try:
            f = io.open(self._dirfile, 'r', encoding="Latin-1")
        except OSError:
            if flag not in ('c', 'n'):
                raise
            self._modified = True
            return
        with f:
            for line in f:
                parsed = _parse_dir_line(line)
                if parsed is None:
                    continue
                key, where = parsed
                self._index[key.encode('Latin-1')] = where

    def _chmod(self, file):
        if hasattr(os, 'chmod'):
            try:
                os.chmod(file, self._mode & ~os.umask(os.umask(0)))
            except OSError:
                pass

    def _commit(self):
        if self._index is None or not self._modified:
            return
        try:
            os.unlink(self._bakfile)
        except OSError:
            pass
        try:
            os.rename(self._dirfile, self._bakfile)
        except OSError:
            pass
        with io.open(self._dirfile, 'w', encoding="Latin-1") as f:
            self._chmod(self._dirfile)
            for key, where in self._index.items():
                f.write("%r, %r\n" % (key.decode('Latin-1'), where))
        self._modified = False

    sync = _commit

    def _verify_open(self):
        if self._index is None:
            raise error('DBM object has already been closed')

    def __getitem__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        self._verify_open()
        pos, size = self._index[key]
        with io.open(self._datfile, 'rb') as f:
            f.seek(pos)
            return f.read(size)

    def _append(self, val):
        with io.open(self._datfile, 'rb+') as f:
            f.seek(0, 2)
            pos = f.tell()
            aligned = (pos + _BLOCK - 1) // _BLOCK * _BLOCK
            f.write(b'\0' * (aligned - pos))
            f.write(val)
        return aligned, len(val)

    def _overwrite(self, pos, val):
        with io.open(self._datfile, 'rb+') as f:
            f.seek(pos)
            f.write(val)
        return pos, len(val)

    def __setitem__(self, key, val):
        if self._readonly:
            raise error('The database is opened for reading only')
        if isinstance(key, str):
            key = key.encode('utf-8')
        elif not isinstance(key, (bytes, bytearray)):
            raise TypeError("keys must be bytes or strings")
        if isinstance(val, str):
            val = val.encode('utf-8')
        elif not isinstance(val, (bytes, bytearray)):
            raise TypeError("values must be bytes or strings")
        key = bytes(key)
        val = bytes(val)
        self._verify_open()
        self._modified = True
        if key not in self._index:
            self._index[key] = self._append(val)
            with io.open(self._dirfile, 'a', encoding="Latin-1") as f:
                self._chmod(self._dirfile)
                f.write("%r, %r\n" % (key.decode("Latin-1"), self._index[key]))
        else:
            pos, size = self._index[key]
            old_blocks = (size + _BLOCK - 1) // _BLOCK
            new_blocks = (len(val) + _BLOCK - 1) // _BLOCK
            if new_blocks <= old_blocks:
                self._index[key] = self._overwrite(pos, val)
            else:
                self._index[key] = self._append(val)

    def __delitem__(self, key):
        if self._readonly:
            raise error('The database is opened for reading only')
        if isinstance(key, str):
            key = key.encode('utf-8')
        self._verify_open()
        self._modified = True
        del self._index[key]
        self._commit()

    def keys(self):
        try:
            return list(self._index)
        except TypeError:
            raise error('DBM object has already been closed') from None

    def items(self):
        self._verify_open()
        return [(key, self[key]) for key in self._index.keys()]

    def __contains__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        try:
            return key in self._index
        except TypeError:
            if self._index is None:
                raise error('DBM object has already been closed') from None
            raise

    def iterkeys(self):
        try:
            return iter(self._index)
        except TypeError:
            raise error('DBM object has already been closed') from None

    __iter__ = iterkeys

    def __len__(self):
        try:
            return len(self._index)
        except TypeError:
            raise error('DBM object has already been closed') from None

    def close(self):
        try:
            self._commit()
        finally:
            self._index = self._datfile = self._dirfile = self._bakfile = None

    __del__ = close

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def open(file, flag='c', mode=0o666):
    """Open (creating with 'c'/'n') the dumb database FILE.dat/FILE.dir."""
    if flag not in ('r', 'w', 'c', 'n'):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(file, mode, flag=flag)
