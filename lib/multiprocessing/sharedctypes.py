"""Value, Array, RawValue and RawArray: data shared by forked processes.

coil has no ctypes: the types are given as array-module type codes ('i',
'd', 'c', ...). The data lives in an anonymous shared file (memfd) that
every process forked after its creation inherits; reads and writes are
os.pread/os.pwrite on it, so every process sees every write at once.
"""

import os
import struct

__all__ = ["RawValue", "RawArray", "Value", "Array", "copy", "synchronized"]

_types = {
    "c": ("c", "c_char"), "u": ("I", "c_wchar"),
    "b": ("b", "c_byte"), "B": ("B", "c_ubyte"),
    "h": ("h", "c_short"), "H": ("H", "c_ushort"),
    "i": ("i", "c_int"), "I": ("I", "c_uint"),
    "l": ("l", "c_long"), "L": ("L", "c_ulong"),
    "q": ("q", "c_longlong"), "Q": ("Q", "c_ulonglong"),
    "f": ("f", "c_float"), "d": ("d", "c_double"),
}


class _SharedMemory:
    def __init__(self, size):
        self._fd = os.memfd_create("coil-multiprocessing", 0)
        os.ftruncate(self._fd, max(1, size))
        self.size = size

    def read(self, offset, n):
        return os.pread(self._fd, n, offset)

    def write(self, offset, data):
        while data:
            k = os.pwrite(self._fd, data, offset)
            data = data[k:]
            offset += k

    def __del__(self):
        try:
            os.close(self._fd)
        except (OSError, AttributeError):
            pass


def _type(typecode):
    if not isinstance(typecode, str) or typecode not in _types:
        raise TypeError("coil's multiprocessing takes an array type code "
                        "('i', 'd', 'c', ...), got %r" % (typecode,))
    fmt, name = _types[typecode]
    return typecode, struct.Struct(fmt), name


def _to_raw(typecode, value):
    if typecode == "c":
        if isinstance(value, (bytes, bytearray)) and len(value) == 1:
            return bytes(value)
        raise TypeError("one character bytes, bytearray or integer expected")
    if typecode == "u":
        if isinstance(value, str) and len(value) == 1:
            return ord(value)
        raise TypeError("unicode string expected instead of %s instance"
                        % type(value).__name__)
    if typecode in "fd":
        return float(value)
    if not isinstance(value, int):
        raise TypeError("int expected instead of %s" % type(value).__name__)
    return value


def _from_raw(typecode, value):
    if typecode == "u":
        return chr(value)
    return value


class _RawValue:
    def __init__(self, typecode, *args):
        self._typecode, self._st, self._cname = _type(typecode)
        self._mem = _SharedMemory(self._st.size)
        if args:
            self.value = args[0]

    @property
    def value(self):
        return _from_raw(self._typecode,
                         self._st.unpack(self._mem.read(0, self._st.size))[0])

    @value.setter
    def value(self, v):
        v = _to_raw(self._typecode, v)
        try:
            data = self._st.pack(v)
        except struct.error:
            data = self._st.pack(v & ((1 << (8 * self._st.size)) - 1)) \
                if self._typecode not in "cfd" else self._st.pack(v)
        self._mem.write(0, data)

    def __repr__(self):
        return "%s(%r)" % (self._cname, self.value)

    def __reduce__(self):
        raise RuntimeError("shared values should only be shared between "
                           "processes through inheritance")


class _RawArray:
    def __init__(self, typecode, size_or_initializer):
        self._typecode, self._st, self._cname = _type(typecode)
        if isinstance(size_or_initializer, int):
            n = size_or_initializer
            init = None
        else:
            init = list(size_or_initializer) if typecode != "c" else \
                [bytes([b]) for b in size_or_initializer]
            n = len(init)
        self._length = n
        self._mem = _SharedMemory(n * self._st.size)
        if init:
            self[:] = init

    def __len__(self):
        return self._length

    def _all(self):
        size = self._st.size
        data = self._mem.read(0, self._length * size)
        return [_from_raw(self._typecode, v[0]) for v in self._st.iter_unpack(data)]

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = self._all()[i]
            if self._typecode == "c":
                return b"".join(items)
            if self._typecode == "u":
                return "".join(items)
            return items
        n = self._length
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("invalid index")
        size = self._st.size
        return _from_raw(self._typecode, self._st.unpack(self._mem.read(i * size, size))[0])

    def __setitem__(self, i, value):
        size = self._st.size
        if isinstance(i, slice):
            idx = range(*i.indices(self._length))
            if self._typecode == "c" and isinstance(value, (bytes, bytearray)):
                value = [bytes([b]) for b in value]
            elif self._typecode == "u" and isinstance(value, str):
                value = list(value)
            value = list(value)
            if len(value) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            if idx.step == 1:
                data = b"".join(self._st.pack(_to_raw(self._typecode, v)) for v in value)
                if data:
                    self._mem.write(idx.start * size, data)
                return
            for j, v in zip(idx, value):
                self._mem.write(j * size, self._st.pack(_to_raw(self._typecode, v)))
            return
        n = self._length
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("invalid index")
        self._mem.write(i * size, self._st.pack(_to_raw(self._typecode, value)))

    def __iter__(self):
        return iter(self._all())

    @property
    def value(self):
        if self._typecode == "c":
            data = self[:]
            k = data.find(b"\0")
            return data if k < 0 else data[:k]
        if self._typecode == "u":
            data = self[:]
            k = data.find("\0")
            return data if k < 0 else data[:k]
        raise AttributeError("value")

    @value.setter
    def value(self, v):
        if self._typecode not in "cu":
            raise AttributeError("value")
        if len(v) > self._length:
            raise ValueError("byte string too long")
        if len(v) < self._length:
            v = v + (b"\0" if self._typecode == "c" else "\0")
        self[:len(v)] = v

    @property
    def raw(self):
        if self._typecode != "c":
            raise AttributeError("raw")
        return self[:]

    @raw.setter
    def raw(self, v):
        if self._typecode != "c":
            raise AttributeError("raw")
        if len(v) > self._length:
            raise ValueError("byte string too long")
        self[:len(v)] = v

    def __repr__(self):
        return "<multiprocessing.sharedctypes.%s_Array_%d object at %#x>" % (
            self._cname, self._length, id(self))

    def __reduce__(self):
        raise RuntimeError("shared arrays should only be shared between "
                           "processes through inheritance")


def RawValue(typecode_or_type, *args):
    return _RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    return _RawArray(typecode_or_type, size_or_initializer)


def _lock_of(lock):
    if lock is True or lock is None:
        from .synchronize import RLock
        return RLock()
    if not hasattr(lock, "acquire"):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


def Value(typecode_or_type, *args, lock=True, ctx=None):
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return Synchronized(obj, _lock_of(lock))


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if obj._typecode == "c":
        return SynchronizedString(obj, _lock_of(lock))
    return SynchronizedArray(obj, _lock_of(lock))


def synchronized(obj, lock=None, ctx=None):
    if isinstance(obj, _RawArray):
        cls = SynchronizedString if obj._typecode == "c" else SynchronizedArray
        return cls(obj, _lock_of(lock))
    return Synchronized(obj, _lock_of(lock))


def copy(obj):
    if isinstance(obj, _RawArray):
        return RawArray(obj._typecode, obj[:])
    return RawValue(obj._typecode, obj.value)


class SynchronizedBase:
    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        self._lock = _lock_of(lock)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __reduce__(self):
        raise RuntimeError("Synchronized objects should only be shared between "
                           "processes through inheritance")

    def __repr__(self):
        return "<%s wrapper for %s>" % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v


class SynchronizedArray(SynchronizedBase):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __getslice__(self, start, stop):
        with self._lock:
            return self._obj[start:stop]

    def __iter__(self):
        with self._lock:
            return iter(self._obj[:])


class SynchronizedString(SynchronizedArray):
    value = Synchronized.value      # the same locked property

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw

    @raw.setter
    def raw(self, v):
        with self._lock:
            self._obj.raw = v
