"""Threads, as far as a single-threaded VM can give them.

coil runs Python code on one thread. This `threading` module keeps the
standard API so that programs using it run: Thread.start() runs the
thread's target to completion at once (a thread is never preempted, so it
runs until it ends), then join() returns immediately. Locks, RLocks,
Conditions, Semaphores, Events, Barriers and thread-local data behave as
they do in CPython for code that never has to wait for another thread;
where a thread would have to wait for one that can no longer run (acquiring
a lock that is held, waiting on an Event nobody can set, a Condition nobody
can notify), the call raises RuntimeError naming the deadlock instead of
hanging, or returns False when a timeout was given.
"""

import os as _os
import sys as _sys
from time import monotonic as _time

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate", "main_thread",
           "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread",
           "Barrier", "BrokenBarrierError", "Timer", "ThreadError", "setprofile", "settrace",
           "local", "stack_size", "excepthook", "ExceptHookArgs", "gettrace", "getprofile",
           "get_native_id"]

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError


def _deadlock(what):
    raise RuntimeError("%s would block forever: coil runs threads one after another, so no "
                       "other thread can run to release it" % what)


class _LockBase:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        if not blocking or (timeout is not None and timeout >= 0):
            return False
        _deadlock("acquiring a held lock")

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False


class Lock(_LockBase):
    def __repr__(self):
        return "<%s _thread.lock object at %#x>" % ("locked" if self._locked else "unlocked", id(self))


allocate_lock = Lock


class RLock:
    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._count == 0 or self._owner == me:
            self._owner = me
            self._count += 1
            return True
        if not blocking or (timeout is not None and timeout >= 0):
            return False
        _deadlock("acquiring an RLock held by another thread")

    def release(self):
        if self._count == 0 or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def __repr__(self):
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._count else "unlocked", self.__class__.__module__,
            self.__class__.__qualname__, self._owner, self._count, hex(id(self)))


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._notified = 0

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, 0)>" % (self._lock,)

    def wait(self, timeout=None):
        if self._notified:
            self._notified -= 1
            return True
        if timeout is not None:
            return False
        _deadlock("Condition.wait()")

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            return predicate()
        _deadlock("Condition.wait_for()")

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking or timeout is not None:
            return False
        _deadlock("acquiring a Semaphore at zero")

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is not None:
            return False
        _deadlock("Event.wait() on an event that is not set")


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._count = 0
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        if self._count == self._parties:
            self._count = 0
            if self._action:
                self._action()
            return index
        if timeout is not None:
            self._broken = True
            raise BrokenBarrierError
        _deadlock("Barrier.wait()")

    def reset(self):
        self._count = 0
        self._broken = False

    def abort(self):
        self._broken = True

    parties = property(lambda self: self._parties)
    n_waiting = property(lambda self: self._count)
    broken = property(lambda self: self._broken)


# ---- threads ----

_counter = 0
_ident_counter = 0
_active = {}
_current = []


def _newname(name_template="Thread-%d"):
    global _counter
    _counter += 1
    return name_template % _counter


class Thread:
    """A thread of control; start() runs target(*args, **kwargs) to its end."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = daemon if daemon is not None else current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        global _ident_counter
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        _ident_counter += 1
        self._ident = _MAIN_IDENT + _ident_counter
        self._native_id = self._ident
        self._started.set()
        _active[self._ident] = self
        _current.append(self)
        # The "thread" runs here, to completion: threading.settrace and
        # setprofile hooks are its trace and profile functions meanwhile.
        hooked = _trace_hook is not None or _profile_hook is not None
        if hooked:
            saved = _sys.gettrace(), _sys.getprofile()
            if _trace_hook is not None:
                _sys.settrace(_trace_hook)
            if _profile_hook is not None:
                _sys.setprofile(_profile_hook)
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as e:
            excepthook(ExceptHookArgs((type(e), e, e.__traceback__, self)))
        finally:
            if hooked:
                _sys.settrace(saved[0])
                _sys.setprofile(saved[1])
            _current.pop()
            del _active[self._ident]
            self._is_stopped = True

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        self._target = None
        self._name = "MainThread"
        self._args = ()
        self._kwargs = {}
        self._daemonic = False
        self._ident = _MAIN_IDENT
        self._native_id = _os.getpid()
        self._started = Event()
        self._started.set()
        self._is_stopped = False
        self._initialized = True


_MAIN_IDENT = 139800000000000 + _os.getpid()
_main_thread = _MainThread()
_active[_MAIN_IDENT] = _main_thread


class Timer(Thread):
    """Calls a function after a delay (here: sleeps, then calls, at start())."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            import time
            time.sleep(self.interval)
            if not self.finished.is_set():
                self.function(*self.args, **self.kwargs)
        self.finished.set()


def current_thread():
    return _current[-1] if _current else _main_thread


currentThread = current_thread


def main_thread():
    return _main_thread


def get_ident():
    return current_thread()._ident


def get_native_id():
    return current_thread()._native_id


def active_count():
    return len(_active)


activeCount = active_count


def enumerate():
    return list(_active.values())


def stack_size(size=0):
    return 0


_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


class ExceptHookArgs(tuple):
    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args, /):
    """Reports an exception that ended a thread, as CPython's default hook."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print("Exception in thread %s:" % name, file=stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


class local:
    """Thread-local data: one attribute namespace per thread."""

    def __init__(self, *args, **kw):
        if (args or kw) and (type(self).__init__ is local.__init__):
            raise TypeError("Initialization arguments are not supported")
        object.__setattr__(self, "_local__dicts", {})

    def _ns(self):
        dicts = object.__getattribute__(self, "_local__dicts")
        ident = get_ident()
        if ident not in dicts:
            dicts[ident] = {}
        return dicts[ident]

    def __getattribute__(self, name):
        if name in ("_ns", "__class__", "__dict__") or name.startswith("_local__"):
            if name == "__dict__":
                return object.__getattribute__(self, "_ns")()
            return object.__getattribute__(self, name)
        ns = object.__getattribute__(self, "_ns")()
        if name in ns:
            return ns[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        object.__getattribute__(self, "_ns")()[name] = value

    def __delattr__(self, name):
        ns = object.__getattribute__(self, "_ns")()
        try:
            del ns[name]
        except KeyError:
            raise AttributeError(name) from None
