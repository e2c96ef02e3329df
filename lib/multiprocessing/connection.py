"""Connections between processes: Pipe() and the Connection objects at its ends.

coil's Connection is a file descriptor (one end of an os.pipe or of an
AF_UNIX socketpair) carrying messages framed as CPython frames them: a
4-byte big-endian signed length (or -1 and an 8-byte length for very big
messages) and the payload; send()/recv() pickle the object.
"""

import os
import select
import struct
import time
import pickle
import marshal

__all__ = ["Client", "Listener", "Pipe", "wait", "Connection"]


class BufferTooShort(Exception):
    pass


class AuthenticationError(Exception):
    pass


def _select_read(fds, timeout):
    """The fds of `fds` readable within timeout seconds (None: wait for ever)."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        wait_for = None if deadline is None else max(0.0, deadline - time.monotonic())
        try:
            r, _, _ = select.select(fds, [], [], wait_for)
            return r
        except InterruptedError:
            if deadline is not None and time.monotonic() >= deadline:
                return []


def _write_all(fd, data):
    view = memoryview(data)
    while view:
        try:
            n = os.write(fd, view)
        except InterruptedError:
            continue
        except BlockingIOError:
            select.select([], [fd], [])
            continue
        view = view[n:]


def _read_exact(fd, n, at_start):
    chunks = []
    left = n
    while left:
        try:
            chunk = os.read(fd, left)
        except InterruptedError:
            continue
        except BlockingIOError:
            select.select([fd], [], [])
            continue
        if not chunk:
            if at_start and left == n:
                raise EOFError
            raise OSError("got end of file during message")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


# coil's pickle is written in Python; values made only of the builtin types
# marshal keeps exactly (int, float, str, ...; lists, tuples, dicts, sets of
# them, two levels deep) go through marshal, which is in C, and the rest
# through pickle. Used by Pool and Queue (Connection.send pickles, as
# recv_bytes() users expect).

_ATOMS = frozenset([int, float, str, bytes, bool, type(None), complex])


def _plain(obj, depth=0):
    t = type(obj)
    if t in _ATOMS:
        return True
    if depth >= 2:
        return False
    if t is list or t is tuple:
        for x in obj:
            if type(x) not in _ATOMS and not _plain(x, depth + 1):
                return False
        return True
    if t is dict:
        for k, v in obj.items():
            if type(k) not in _ATOMS or (type(v) not in _ATOMS and not _plain(v, depth + 1)):
                return False
        return True
    if t is set or t is frozenset:
        for x in obj:
            if type(x) not in _ATOMS:
                return False
        return True
    return False


def _encode(obj):
    if _plain(obj):
        try:
            return b"M" + marshal.dumps(obj)
        except ValueError:
            pass
    return b"P" + pickle.dumps(obj)


def _decode(data):
    if data[:1] == b"M":
        return marshal.loads(data[1:])
    return pickle.loads(data[1:])


def _frame(payload):
    n = len(payload)
    if n > 0x7fffffff:
        return struct.pack("!i", -1) + struct.pack("!Q", n) + payload
    return struct.pack("!i", n) + payload


def _read_frame(fd, maxlength=None):
    size, = struct.unpack("!i", _read_exact(fd, 4, True))
    if size == -1:
        size, = struct.unpack("!Q", _read_exact(fd, 8, False))
    if maxlength is not None and size > maxlength:
        return None, size
    return _read_exact(fd, size, False), size


class Connection:
    """One end of a Pipe()."""

    def __init__(self, handle, readable=True, writable=True):
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        handle = handle.__index__()
        if handle < 0:
            raise ValueError("invalid handle")
        self._handle = handle
        self._readable = readable
        self._writable = writable

    def __del__(self):
        if self._handle is not None:
            try:
                os.close(self._handle)
            except OSError:
                pass
            self._handle = None

    def _check_closed(self):
        if self._handle is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._handle is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._handle

    def close(self):
        if self._handle is not None:
            try:
                os.close(self._handle)
            finally:
                self._handle = None

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        m = memoryview(buf)
        if m.itemsize > 1:
            m = m.cast("B")
        n = m.nbytes
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        _write_all(self._handle, _frame(bytes(m[offset:offset + size])))

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        _write_all(self._handle, _frame(pickle.dumps(obj)))

    def recv_bytes(self, maxlength=None):
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data, size = _read_frame(self._handle, maxlength)
        if data is None:
            self.close()
            raise OSError("bad message length")
        return data

    def recv_bytes_into(self, buf, offset=0):
        self._check_closed()
        self._check_readable()
        m = memoryview(buf)
        if m.itemsize > 1:
            m = m.cast("B")
        if offset < 0 or offset > m.nbytes:
            raise ValueError("offset out of bounds" if offset >= 0 else "negative offset")
        data, size = _read_frame(self._handle)
        if size > m.nbytes - offset:
            raise BufferTooShort(data)
        m[offset:offset + size] = data
        return size

    def recv(self):
        self._check_closed()
        self._check_readable()
        data, _ = _read_frame(self._handle)
        return pickle.loads(data)

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        return bool(_select_read([self._handle], timeout))

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()

    def __reduce__(self):
        raise TypeError("coil cannot send a Connection to another process "
                        "(pass it as a Process argument instead)")


def Pipe(duplex=True):
    """A pair (conn1, conn2) of Connections: duplex, or conn1 only receives and
    conn2 only sends."""
    if duplex:
        import socket
        s1, s2 = socket.socketpair()
        s1.setblocking(True)
        s2.setblocking(True)
        c1 = Connection(s1.detach())
        c2 = Connection(s2.detach())
    else:
        fd1, fd2 = os.pipe()
        c1 = Connection(fd1, writable=False)
        c2 = Connection(fd2, readable=False)
    return c1, c2


def wait(object_list, timeout=None):
    """The objects of object_list that are ready (Connections with data or
    at end of file, file descriptors, objects with fileno(), sentinels)."""
    fds = {}
    for o in object_list:
        fd = o if isinstance(o, int) else o.fileno()
        fds.setdefault(fd, []).append(o)
    ready = _select_read(list(fds), timeout)
    out = []
    for fd in ready:
        out.extend(fds[fd])
    return out


def Listener(*args, **kwargs):
    raise NotImplementedError("multiprocessing.connection.Listener is not available in coil")


def Client(*args, **kwargs):
    raise NotImplementedError("multiprocessing.connection.Client is not available in coil")
