"""shelve: a persistent dict of picklable values, stored in a dbm database
(or any mapping of bytes to bytes)."""

import collections.abc
from io import BytesIO
from pickle import DEFAULT_PROTOCOL, Pickler, Unpickler

__all__ = ["Shelf", "BsdDbShelf", "DbfilenameShelf", "open"]


class _ClosedDict(collections.abc.MutableMapping):
    """Stands in for the mapping of a closed shelf."""

    def closed(self, *args):
        raise ValueError('invalid operation on closed shelf')

    __iter__ = __len__ = __getitem__ = __setitem__ = __delitem__ = keys = \
        closed

    def __repr__(self):
        return '<Closed Dictionary>'


class Shelf(collections.abc.MutableMapping):
    """A mapping of str keys to pickled values kept in self.dict."""

    def __init__(self, dict, protocol=None, writeback=False,
                 keyencoding="utf-8"):
        self.dict = dict
        self._protocol = DEFAULT_PROTOCOL if protocol is None else protocol
        self.writeback = writeback
        self.cache = {}
        self.keyencoding = keyencoding

    def __iter__(self):
        for k in self.dict.keys():
            yield k.decode(self.keyencoding)

    def __len__(self):
        return len(self.dict)

    def __contains__(self, key):
        return key.encode(self.keyencoding) in self.dict

    def get(self, key, default=None):
        if key.encode(self.keyencoding) in self.dict:
            return self[key]
        return default

    def __getitem__(self, key):
        try:
            return self.cache[key]
        except KeyError:
            pass
        value = Unpickler(BytesIO(self.dict[key.encode(self.keyencoding)])) \
            .load()
        if self.writeback:
            self.cache[key] = value
        return value

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        buf = BytesIO()
        Pickler(buf, self._protocol).dump(value)
        self.dict[key.encode(self.keyencoding)] = buf.getvalue()

    def __delitem__(self, key):
        del self.dict[key.encode(self.keyencoding)]
        self.cache.pop(key, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        if self.dict is None:
            return
        try:
            self.sync()
            try:
                self.dict.close()
            except AttributeError:
                pass
        finally:
            try:
                self.dict = _ClosedDict()
            except Exception:
                self.dict = None

    def __del__(self):
        if not hasattr(self, 'writeback'):
            return
        self.close()

    def sync(self):
        if self.writeback and self.cache:
            self.writeback = False
            for key, entry in self.cache.items():
                self[key] = entry
            self.writeback = True
            self.cache = {}
        if hasattr(self.dict, 'sync'):
            self.dict.sync()


class BsdDbShelf(Shelf):
    """A Shelf over a mapping with first/next/previous/last/set_location."""

    def set_location(self, key):
        key, value = self.dict.set_location(key)
        return key.decode(self.keyencoding), Unpickler(BytesIO(value)).load()

    def _step(self, name):
        key, value = getattr(self.dict, name)()
        return key.decode(self.keyencoding), Unpickler(BytesIO(value)).load()

    def next(self):
        return self._step("next")

    def previous(self):
        return self._step("previous")

    def first(self):
        return self._step("first")

    def last(self):
        return self._step("last")


class DbfilenameShelf(Shelf):
    """A Shelf stored in the dbm database named filename."""

    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        import dbm
        Shelf.__init__(self, dbm.open(filename, flag), protocol, writeback)

    def clear(self):
        self.sync()
        self.cache.clear()
        for key in list(self.dict.keys()):
            del self.dict[key]


def open(filename, flag='c', protocol=None, writeback=False):
    """Open a persistent dictionary stored in the dbm database filename."""
    return DbfilenameShelf(filename, flag, protocol, writeback)
