"""Futures and executors.

ThreadPoolExecutor runs calls on worker threads (coil's green threads, see
threading), as CPython's does. ProcessPoolExecutor (in .process) runs the
calls in forked worker processes; its futures move the pool along when
waited on (as_completed() and wait() call their _coil_progress(timeout)).
"""

import time as _time
import threading
import queue as _queue

__all__ = ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError",
           "TimeoutError", "BrokenExecutor", "Future", "Executor", "wait", "as_completed",
           "ProcessPoolExecutor", "ThreadPoolExecutor", "InvalidStateError"]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

PENDING = "PENDING"
RUNNING = "RUNNING"
CANCELLED = "CANCELLED"
CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
FINISHED = "FINISHED"


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class _Waiter:
    """What wait() and as_completed() install on the futures they watch."""

    def __init__(self, mode, pending):
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished = []
        self.mode = mode
        self.pending = pending

    def _done(self, f, raised):
        with self.lock:
            self.finished.append(f)
            self.pending -= 1
            if (self.mode in ("_AS_COMPLETED", FIRST_COMPLETED) or self.pending <= 0
                    or (self.mode == FIRST_EXCEPTION and raised)):
                self.event.set()


class Future:
    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return "<%s at %#x state=%s raised %s>" % (
                        self.__class__.__name__, id(self), self._state.lower(),
                        self._exception.__class__.__name__)
                return "<%s at %#x state=%s returned %s>" % (
                    self.__class__.__name__, id(self), self._state.lower(),
                    self._result.__class__.__name__)
            return "<%s at %#x state=%s>" % (self.__class__.__name__, id(self), self._state.lower())

    def cancel(self):
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import traceback, sys
                print("exception calling callback for %r" % (self,), file=sys.stderr)
                traceback.print_exc()

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            import traceback, sys
            print("exception calling callback for %r" % (self,), file=sys.stderr)
            traceback.print_exc()

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def result(self, timeout=None):
        try:
            with self._condition:
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self.__get_result()
                self._condition.wait(timeout)
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self.__get_result()
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter._done(self, False)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        self._finish(result, False)

    def set_exception(self, exception):
        self._finish(exception, True)

    def _finish(self, value, is_exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError("{}: {!r}".format(self._state, self))
            if is_exception:
                self._exception = value
            else:
                self._result = value
            self._state = FINISHED
            for waiter in self._waiters:
                waiter._done(self, is_exception)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(lambda cls, item: cls)


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - _time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _RunAtSubmit(Executor):
    def __init__(self, max_workers=None, *args, initializer=None, initargs=(), **kwargs):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._shutdown = False
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        if self._initializer is not None and not self._initialized:
            self._initialized = True
            try:
                self._initializer(*self._initargs)
            except BaseException:
                raise BrokenExecutor("A thread initializer failed, the pool is not usable "
                                     "anymore")
        f = Future()
        f.set_running_or_notify_cancel()
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            f.set_exception(exc)
        else:
            f.set_result(result)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True


class BrokenThreadPool(BrokenExecutor):
    """A worker thread's initializer failed."""


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


_threads_queues = {}
_interpreter_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _interpreter_shutdown
    with _global_shutdown_lock:
        _interpreter_shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            import sys, traceback
            print("Exception in initializer:", file=sys.stderr)
            traceback.print_exc()
            executor._initializer_failed()
            return
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            executor._idle_semaphore.release()
            continue
        # shutdown: wake the next worker too
        work_queue.put(None)
        return


class ThreadPoolExecutor(Executor):
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        import os
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % (ThreadPoolExecutor._counter - 1))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _interpreter_shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, num_threads), target=_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except _queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
                _threads_queues.pop(t, None)


def __getattr__(name):
    if name == "ProcessPoolExecutor":
        from .process import ProcessPoolExecutor
        globals()[name] = ProcessPoolExecutor
        return ProcessPoolExecutor
    raise AttributeError("module %r has no attribute %r" % (__name__, name))


def _progress(pending, deadline):
    """Wait a little for one of the pending futures: a process pool's future
    moves its pool along; any other is completed by someone else (a thread),
    so poll."""
    left = None if deadline is None else max(0.0, deadline - _time.monotonic())
    for f in pending:
        progress = getattr(f, "_coil_progress", None)
        if progress is not None:
            progress(left if left is None or left < 0.05 else 0.05)
            return
    _time.sleep(0.001 if left is None else min(left, 0.001))


def _as_completed_polling(fs, timeout):
    """as_completed when a process pool's future is among fs: that pool moves
    only when someone waits on it, so the waiting loop polls."""
    deadline = None if timeout is None else _time.monotonic() + timeout
    pending = []
    seen = set()
    for f in fs:
        if id(f) not in seen:
            seen.add(id(f))
            pending.append(f)
    total = len(pending)
    while pending:
        still = []
        for f in pending:
            if f.done():
                yield f
            else:
                still.append(f)
        pending = still
        if not pending:
            return
        if deadline is not None and _time.monotonic() >= deadline:
            raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), total))
        _progress(pending, deadline)


def _install(fs, waiter):
    """Puts waiter on every pending future of fs; returns the finished ones
    (each future looked at under its own lock, so none is missed)."""
    done = []
    for f in fs:
        with f._condition:
            if f._state in (CANCELLED_AND_NOTIFIED, FINISHED):
                done.append(f)
            else:
                f._waiters.append(waiter)
    return done


def _uninstall(fs, waiter):
    for f in fs:
        with f._condition:
            try:
                f._waiters.remove(waiter)
            except ValueError:
                pass


def _as_completed_waiting(fs, timeout):
    """as_completed for futures completed by threads: woken by their waiters."""
    if timeout is not None:
        end_time = timeout + _time.monotonic()
    fs = set(fs)
    total = len(fs)
    waiter = _Waiter("_AS_COMPLETED", total)
    finished = _install(fs, waiter)
    pending = fs - set(finished)
    try:
        yield from finished
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - _time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                got = waiter.finished
                waiter.finished = []
                waiter.event.clear()
            if not got and timeout is not None and end_time - _time.monotonic() <= 0:
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            for f in got:
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        _uninstall(fs, waiter)


def _has_pool_future(fs):
    return any(getattr(f, "_coil_progress", None) is not None for f in fs)


def as_completed(fs, timeout=None):
    """The futures of fs as they complete (finished ones first), each once."""
    fs = list(fs)
    if _has_pool_future(fs):
        return _as_completed_polling(fs, timeout)
    return _as_completed_waiting(fs, timeout)


class DoneAndNotDoneFutures(tuple):
    done = property(lambda self: self[0])
    not_done = property(lambda self: self[1])

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    if _has_pool_future(fs):
        return _wait_polling(fs, timeout, return_when)
    waiter = _Waiter(return_when, len(fs))
    done = set(_install(fs, waiter))
    with waiter.lock:
        waiter.pending -= len(done)
    try:
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, fs - done)
        if return_when == FIRST_EXCEPTION and any(
                not f.cancelled() and f.exception() is not None for f in done):
            return DoneAndNotDoneFutures(done, fs - done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, set())
        waiter.event.wait(timeout)
    finally:
        _uninstall(fs, waiter)
    with waiter.lock:
        done.update(waiter.finished)
    return DoneAndNotDoneFutures(done, fs - done)


def _wait_polling(fs, timeout, return_when):
    deadline = None if timeout is None else _time.monotonic() + timeout
    while True:
        done = set(f for f in fs if f.done())
        not_done = fs - done
        if not not_done:
            break
        if return_when == FIRST_COMPLETED and done:
            break
        if return_when == FIRST_EXCEPTION and any(
                not f.cancelled() and f.exception() is not None for f in done):
            break
        if deadline is not None and _time.monotonic() >= deadline:
            break
        _progress(not_done, deadline)
    return DoneAndNotDoneFutures(done, not_done)
