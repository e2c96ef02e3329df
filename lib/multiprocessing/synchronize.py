"""Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event and Barrier
shared by forked processes.

A semaphore is a pipe holding one byte per unit of its value: acquire()
reads a byte (the read end is non-blocking, select() waits), release()
writes one. The pipe is inherited by fork(), so every process created after
the primitive sees the same one (as with CPython, they are shared by
inheritance only: pickling them raises RuntimeError).
"""

import os
import select
import struct
import time

__all__ = ["Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition", "Event",
           "Barrier"]

_FIONREAD = 0x541B


def _wait_readable(fd, deadline):
    while True:
        if deadline is None:
            wait_for = None
        else:
            wait_for = deadline - time.monotonic()
            if wait_for <= 0:
                return False
        try:
            r, _, _ = select.select([fd], [], [], wait_for)
        except InterruptedError:
            continue
        if r:
            return True


class _Tokens:
    """A pipe holding `value` one-byte tokens."""

    def __init__(self, value):
        self._r, self._w = os.pipe()
        os.set_blocking(self._r, False)
        if value:
            self.put(value)

    def take(self, block=True, timeout=None):
        deadline = None
        if block and timeout is not None:
            deadline = time.monotonic() + max(0.0, timeout)
        while True:
            try:
                if os.read(self._r, 1):
                    return True
            except BlockingIOError:
                pass
            except InterruptedError:
                continue
            if not block:
                return False
            if not _wait_readable(self._r, deadline):
                return False

    def put(self, n=1):
        data = b"\x01" * n
        while data:
            try:
                k = os.write(self._w, data)
            except InterruptedError:
                continue
            data = data[k:]

    def count(self):
        try:
            import fcntl
            return struct.unpack("i", fcntl.ioctl(self._r, _FIONREAD, bytes(4)))[0]
        except (ImportError, OSError):
            raise NotImplementedError

    def ready(self):
        try:
            r, _, _ = select.select([self._r], [], [], 0)
        except InterruptedError:
            return False
        return bool(r)

    def drain(self):
        while True:
            try:
                if not os.read(self._r, 4096):
                    return
            except BlockingIOError:
                return
            except InterruptedError:
                continue


class SemLock:
    def __init__(self, value, maxvalue=None):
        self._tokens = _Tokens(value)
        self._maxvalue = maxvalue

    def acquire(self, block=True, timeout=None):
        return self._tokens.take(block, timeout)

    def release(self):
        if self._maxvalue is not None:
            try:
                n = self._tokens.count()
            except NotImplementedError:
                n = 0
            if n >= self._maxvalue:
                raise ValueError("semaphore or lock released too many times")
        self._tokens.put()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __getstate__(self):
        raise RuntimeError("%s objects should only be shared between processes "
                           "through inheritance" % type(self).__name__)

    def __reduce__(self):
        self.__getstate__()


class Semaphore(SemLock):
    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        SemLock.__init__(self, value)

    def get_value(self):
        return self._tokens.count()

    def __repr__(self):
        try:
            value = self.get_value()
        except Exception:
            value = "unknown"
        return "<%s(value=%s)>" % (type(self).__name__, value)


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        SemLock.__init__(self, value, value)

    def __repr__(self):
        try:
            value = self.get_value()
        except Exception:
            value = "unknown"
        return "<%s(value=%s, maxvalue=%s)>" % (type(self).__name__, value, self._maxvalue)


class Lock(SemLock):
    def __init__(self, *, ctx=None):
        SemLock.__init__(self, 1, 1)
        self._owner = None

    def acquire(self, block=True, timeout=None):
        ok = self._tokens.take(block, timeout)
        if ok:
            self._owner = os.getpid()
        return ok

    def release(self):
        SemLock.release(self)
        self._owner = None

    def __repr__(self):
        from . import process
        if self._owner == os.getpid():
            name = process.current_process().name
        elif self._tokens.ready():
            name = "None"
        else:
            name = "SomeOtherProcess"
        return "<%s(owner=%s)>" % (type(self).__name__, name)


class RLock(SemLock):
    """A recursive lock: the owning process (pid) and its count are known only
    to the owner, which is the only one that reads them."""

    def __init__(self, *, ctx=None):
        SemLock.__init__(self, 1)
        self._owner = None
        self._count = 0

    def acquire(self, block=True, timeout=None):
        me = os.getpid()
        if self._owner == me and self._count:
            self._count += 1
            return True
        if not self._tokens.take(block, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != os.getpid() or not self._count:
            raise AssertionError("attempt to release recursive lock not owned by thread")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._tokens.put()

    def _is_owned(self):
        return self._owner == os.getpid() and self._count > 0

    def __repr__(self):
        from . import process
        if self._is_owned():
            return "<%s(%s, %d)>" % (type(self).__name__,
                                     process.current_process().name, self._count)
        if self._tokens.ready():
            return "<%s(None, 0)>" % type(self).__name__
        return "<%s(SomeOtherProcess, nonzero)>" % type(self).__name__


class Condition:
    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock or RLock()
        self._sleeping = Semaphore(0)
        self._woken = Semaphore(0)
        self._wakeup = Semaphore(0)

    def acquire(self, *args, **kwargs):
        return self._lock.acquire(*args, **kwargs)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _release_all(self):
        lock = self._lock
        if isinstance(lock, RLock):
            assert lock._is_owned(), "must acquire() condition before using wait()"
            count = lock._count
            lock._count = 1
            lock.release()
            return count
        lock.release()
        return 1

    def _restore(self, count):
        self._lock.acquire()
        if isinstance(self._lock, RLock):
            self._lock._count = count

    def wait(self, timeout=None):
        self._sleeping.release()
        count = self._release_all()
        try:
            return self._wakeup.acquire(True, timeout)
        finally:
            self._woken.release()
            self._restore(count)

    def notify(self, n=1):
        if isinstance(self._lock, RLock):
            assert self._lock._is_owned(), "lock is not owned"
        # a waiter that timed out left a token in _woken and one in _sleeping
        # (its own); balance them before counting the sleepers
        while self._woken.acquire(False):
            self._sleeping.acquire(False)
        woken = 0
        while woken < n and self._sleeping.acquire(False):
            self._wakeup.release()
            woken += 1
        if woken:
            for _ in range(woken):
                self._woken.acquire()
            # a woken-up waiter that had timed out did not take its token
            while self._wakeup.acquire(False):
                pass

    def notify_all(self):
        self.notify(1 << 62)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        deadline = None if timeout is None else time.monotonic() + timeout
        while not result:
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self.wait(left)
            else:
                self.wait()
            result = predicate()
        return result

    def __repr__(self):
        try:
            n = self._sleeping.get_value() - self._woken.get_value()
        except Exception:
            n = "unknown"
        return "<%s(%s, %s)>" % (type(self).__name__, self._lock, n)

    def __reduce__(self):
        raise RuntimeError("Condition objects should only be shared between "
                           "processes through inheritance")


class Event:
    """Set while its pipe holds a byte."""

    def __init__(self, *, ctx=None):
        self._lock = Lock()
        self._flag = _Tokens(0)

    def is_set(self):
        return self._flag.ready()

    def set(self):
        with self._lock:
            if not self._flag.ready():
                self._flag.put()

    def clear(self):
        with self._lock:
            self._flag.drain()

    def wait(self, timeout=None):
        if timeout is None:
            _wait_readable(self._flag._r, None)
            return True
        return _wait_readable(self._flag._r, time.monotonic() + max(0.0, timeout))

    def __repr__(self):
        return "<%s at %#x %s>" % (type(self).__name__, id(self),
                                   "set" if self.is_set() else "unset")

    def __reduce__(self):
        raise RuntimeError("Event objects should only be shared between "
                           "processes through inheritance")


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """threading.Barrier for processes: its state (phase, count) is in
    shared memory, guarded by a Condition."""

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        from .sharedctypes import _SharedMemory
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._mem = _SharedMemory(16)
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._set(0, 0)

    def _get(self):
        return struct.unpack("qq", self._mem.read(0, 16))

    def _set(self, state, count):
        self._mem.write(0, struct.pack("qq", state, count))

    # state: 0 filling, 1 draining, -1 resetting, -2 broken

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            state, count = self._get()
            index = count
            self._set(state, count + 1)
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                state, count = self._get()
                count -= 1
                self._set(state, count)
                if count == 0 and state in (1, -1):
                    self._set(0, 0)
                    self._cond.notify_all()

    def _enter(self):
        while self._get()[0] in (-1, 1):
            self._cond.wait()
        if self._get()[0] < 0:
            raise BrokenBarrierError

    def _release(self):
        try:
            if self._action:
                self._action()
            self._set(1, self._get()[1])
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._get()[0] != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._get()[0] < 0:
            raise BrokenBarrierError

    def _break(self):
        self._set(-2, self._get()[1])
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            state, count = self._get()
            if count > 0:
                self._set(-1, count)
            else:
                self._set(0, 0)
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        state, count = self._get()
        return count if state == 0 else 0

    @property
    def broken(self):
        return self._get()[0] == -2

    def __repr__(self):
        return "<%s at %#x parties=%d waiting=%d broken=%s>" % (
            type(self).__name__, id(self), self.parties, self.n_waiting, self.broken)
