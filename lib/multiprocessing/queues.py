"""Queue, JoinableQueue and SimpleQueue shared by forked processes.

A queue is a pipe carrying framed messages (connection._encode: marshal or
pickle). CPython puts through a feeder thread; coil writes in put() itself
(under a cross-process write lock), into a pipe enlarged to 1 MiB where the
system allows, so put() blocks only when that much is waiting unread.
"""

import os
import time
import struct

from queue import Empty, Full

from . import connection
from .synchronize import Lock, BoundedSemaphore, Condition, _wait_readable
from .sharedctypes import _SharedMemory

__all__ = ["Queue", "SimpleQueue", "JoinableQueue"]

_F_SETPIPE_SZ = 1031


def _pipe():
    r, w = os.pipe()
    try:
        import fcntl
        fcntl.fcntl(w, _F_SETPIPE_SZ, 1 << 20)
    except (ImportError, OSError):
        pass
    return r, w


class _Counter:
    """An integer in shared memory (changed under the queue's locks)."""

    def __init__(self):
        self._mem = _SharedMemory(8)
        self._lock = Lock()

    def get(self):
        return struct.unpack("q", self._mem.read(0, 8))[0]

    def add(self, n):
        with self._lock:
            v = self.get() + n
            self._mem.write(0, struct.pack("q", v))
        return v


class Queue:
    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = 2147483647
        self._maxsize = maxsize
        self._reader, self._writer = _pipe()
        self._rlock = Lock()
        self._wlock = Lock()
        self._sem = BoundedSemaphore(maxsize) if maxsize < 2147483647 else None
        self._count = _Counter()
        self._closed = False

    def __repr__(self):
        return "<%s.%s object at %#x>" % (type(self).__module__, type(self).__qualname__,
                                          id(self))

    def __reduce__(self):
        raise RuntimeError("Queue objects should only be shared between processes "
                           "through inheritance")

    def _check_closed(self):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        data = connection._frame(connection._encode(obj))
        if self._sem is not None and not self._sem.acquire(block, timeout):
            raise Full
        with self._wlock:
            self._count.add(1)
            connection._write_all(self._writer, data)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get(self, block=True, timeout=None):
        self._check_closed()
        if block and timeout is None:
            with self._rlock:
                data, _ = connection._read_frame(self._reader)
                self._count.add(-1)
        else:
            deadline = time.monotonic() + (max(0.0, timeout) if block else 0.0)
            if not self._rlock.acquire(block, timeout):
                raise Empty
            try:
                if not _wait_readable(self._reader, deadline):
                    raise Empty
                data, _ = connection._read_frame(self._reader)
                self._count.add(-1)
            finally:
                self._rlock.release()
        if self._sem is not None:
            self._sem.release()
        return connection._decode(data)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return max(0, self._count.get())

    def empty(self):
        return not _wait_readable(self._reader, time.monotonic())

    def full(self):
        if self._sem is None:
            return False
        return self._sem.get_value() == 0

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize)
        self._unfinished = _Counter()
        self._cond = Condition()

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        data = connection._frame(connection._encode(obj))
        if self._sem is not None and not self._sem.acquire(block, timeout):
            raise Full
        with self._cond, self._wlock:
            self._unfinished.add(1)
            self._count.add(1)
            connection._write_all(self._writer, data)

    def task_done(self):
        with self._cond:
            if self._unfinished.get() <= 0:
                raise ValueError("task_done() called too many times")
            if self._unfinished.add(-1) == 0:
                self._cond.notify_all()

    def join(self):
        with self._cond:
            while self._unfinished.get() > 0:
                self._cond.wait()


class SimpleQueue:
    def __init__(self, *, ctx=None):
        self._reader, self._writer = _pipe()
        self._rlock = Lock()
        self._wlock = Lock()
        self._closed = False

    def __reduce__(self):
        raise RuntimeError("SimpleQueue objects should only be shared between "
                           "processes through inheritance")

    def close(self):
        if not self._closed:
            self._closed = True
            os.close(self._reader)
            os.close(self._writer)

    def empty(self):
        if self._closed:
            raise OSError("handle is closed")
        return not _wait_readable(self._reader, time.monotonic())

    def get(self):
        if self._closed:
            raise OSError("handle is closed")
        with self._rlock:
            data, _ = connection._read_frame(self._reader)
        return connection._decode(data)

    def put(self, obj):
        if self._closed:
            raise OSError("handle is closed")
        data = connection._frame(connection._encode(obj))
        with self._wlock:
            connection._write_all(self._writer, data)

    __class_getitem__ = classmethod(lambda cls, item: cls)
