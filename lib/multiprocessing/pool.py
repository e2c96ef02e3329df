"""Pool: a pool of forked worker processes.

CPython runs three threads in the parent (task feeder, result reader, worker
maintainer); coil's Pool does their work in the calling thread whenever it
waits for something (get(), wait(), next() on an imap iterator, join()) and,
without blocking, whenever work is submitted. Each worker has its own task
pipe and result pipe; the parent keeps at most two chunks in flight per
worker, writes tasks without blocking (select on both directions), and sees
a worker exit at the end of file on its result pipe.
"""

import os
import time
import pickle
import struct
import itertools
import collections
import traceback

from . import process, connection
from .connection import _frame

__all__ = ["Pool", "ThreadPool"]

RUN = 0
CLOSE = 1
TERMINATE = 2

_MAP, _STARMAP, _CALL = 0, 1, 2

job_counter = itertools.count()


from .context import TimeoutError


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    """Wraps an exception (or a result) the worker could not pickle."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def _rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class _RemoteException:
    def __init__(self, exc):
        tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        self.exc = exc
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


# ---- messages ----
#
# task:   "!qqbI" (job, index, kind, len(func)) + pickled func + encoded args
# result: "!qqb" (job, index, success) + encoded value
# stop:   an empty message
#
# the values are encoded by connection._encode (marshal or pickle).

_TASK = struct.Struct("!qqbI")
_RESULT = struct.Struct("!qqb")
_encode = connection._encode
_decode = connection._decode


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


# ---- the worker process ----

def _worker(task_r, result_w, initializer, initargs, maxtasks):
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        try:
            data, _ = connection._read_frame(task_r)
        except (EOFError, OSError):
            break
        if not data:
            break
        job, i, kind, flen = _TASK.unpack_from(data)
        start = _TASK.size
        try:
            func = pickle.loads(data[start:start + flen])
            args = _decode(data[start + flen:])
            if kind == _MAP:
                result = (True, [func(x) for x in args])
            elif kind == _STARMAP:
                result = (True, [func(*x) for x in args])
            else:
                result = (True, func(*args[0], **args[1]))
        except Exception as e:
            result = (False, _RemoteException(e))
        try:
            out = _RESULT.pack(job, i, result[0]) + _encode(result[1])
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            out = _RESULT.pack(job, i, False) + _encode(wrapped)
        connection._write_all(result_w, _frame(out))
        completed += 1
        func = args = result = out = data = None


class _Worker:
    def __init__(self, proc, task_w, result_r, limit):
        self.proc = proc
        self.task_w = task_w
        self.result_r = result_r
        self.outbuf = bytearray()
        self.inbuf = bytearray()
        self.inflight = collections.deque()
        self.sent = 0
        self.limit = limit      # tasks it may still be sent (maxtasksperchild)
        self.stopping = False


class Pool:
    _wrap_exception = True
    _process_name = "ForkPoolWorker"

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._state = RUN
        self._pool = []
        self._workers = []
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._cache = {}
        self._sources = collections.deque()
        self._owner = os.getpid()
        self._func_cache = None
        for _ in range(processes):
            self._spawn()
        process._exit_hooks.append(self._at_exit)

    # ---- workers ----

    def _spawn(self):
        task_r, task_w = os.pipe()
        result_r, result_w = os.pipe()
        proc = process.BaseProcess(target=self._worker_main,
                                   args=(task_r, task_w, result_r, result_w))
        proc.name = proc.name.replace("BaseProcess", self._process_name)
        proc.daemon = True
        proc.start()
        os.close(task_r)
        os.close(result_w)
        os.set_blocking(task_w, False)
        os.set_blocking(result_r, False)
        w = _Worker(proc, task_w, result_r, self._maxtasksperchild)
        self._workers.append(w)
        self._pool.append(proc)
        return w

    def _worker_main(self, task_r, task_w, result_r, result_w):
        os.close(task_w)
        os.close(result_r)
        for w in self._workers:
            for fd in (w.task_w, w.result_r):
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._workers = []
        self._cache = {}
        self._sources = collections.deque()
        _worker(task_r, result_w, self._initializer, self._initargs,
                self._maxtasksperchild)

    def _retire(self, w):
        """w's result pipe is at its end: the worker exited."""
        try:
            os.close(w.result_r)
        except OSError:
            pass
        try:
            os.close(w.task_w)
        except OSError:
            pass
        w.proc.join()
        self._workers.remove(w)
        if w.proc in self._pool:
            self._pool.remove(w.proc)
        lost = list(w.inflight)
        w.inflight.clear()
        for job, i in lost:
            result = self._cache.get(job)
            if result is not None:
                result._set(i, (False, RuntimeError(
                    "a pool worker exited (exit code %s) while running this task"
                    % w.proc.exitcode)))
        if self._state == RUN or (self._state == CLOSE and self._has_work()):
            self._spawn()

    def _has_work(self):
        return bool(self._sources) or any(w.inflight for w in self._workers)

    # ---- moving tasks and results ----

    def _next_task(self):
        while self._sources:
            src = self._sources[0]
            try:
                return next(src)
            except StopIteration:
                self._sources.popleft()
        return None

    def _dispatch(self):
        if self._state == TERMINATE:
            return
        while self._sources:
            free = [w for w in self._workers
                    if not w.stopping and len(w.inflight) < 2
                    and (w.limit is None or w.sent < w.limit)]
            if not free:
                break
            w = min(free, key=lambda w: len(w.inflight))
            task = self._next_task()
            if task is None:
                break
            job, i, kind, func, args = task
            if job not in self._cache:
                continue        # cancelled
            try:
                cached = self._func_cache
                if cached is not None and cached[0] is func:
                    fbytes = cached[1]
                else:
                    fbytes = pickle.dumps(func)
                    self._func_cache = (func, fbytes)
                body = _TASK.pack(job, i, kind, len(fbytes)) + fbytes + _encode(args)
            except Exception as e:
                result = self._cache.get(job)
                if result is not None:
                    result._set(i, (False, e))
                continue
            w.outbuf += _frame(body)
            w.inflight.append((job, i))
            w.sent += 1
            self._flush(w)

    def _flush(self, w):
        while w.outbuf:
            try:
                n = os.write(w.task_w, w.outbuf)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                w.outbuf.clear()
                return
            del w.outbuf[:n]

    def _stop_idle_workers(self):
        """After close(): a worker with nothing left to do is sent the stop
        message."""
        if self._sources:
            return
        for w in self._workers:
            if not w.stopping and not w.inflight:
                w.stopping = True
                w.outbuf += _frame(b"")
                self._flush(w)

    def _pump(self, timeout):
        """Move tasks and results for up to `timeout` seconds (None: until
        something happened); returns after the first batch of events."""
        import select
        self._dispatch()
        if self._state == CLOSE:
            self._stop_idle_workers()
        rfds = {w.result_r: w for w in self._workers}
        wfds = {w.task_w: w for w in self._workers if w.outbuf}
        if not rfds:
            if timeout:
                time.sleep(min(timeout, 0.01))
            return
        try:
            r, wr, _ = select.select(list(rfds), list(wfds), [], timeout)
        except InterruptedError:
            return
        for fd in wr:
            self._flush(wfds[fd])
        for fd in r:
            w = rfds[fd]
            eof = False
            while True:
                try:
                    chunk = os.read(fd, 1 << 20)
                except (BlockingIOError, InterruptedError):
                    break
                if not chunk:
                    eof = True
                    break
                w.inbuf += chunk
                if len(chunk) < (1 << 20):
                    break
            self._parse(w)
            if eof:
                self._retire(w)
        self._dispatch()
        if self._state == CLOSE:
            self._stop_idle_workers()

    def _parse(self, w):
        buf = w.inbuf
        pos = 0
        while len(buf) - pos >= 4:
            size = int.from_bytes(buf[pos:pos + 4], "big", signed=True)
            head = 4
            if size == -1:
                if len(buf) - pos < 12:
                    break
                size = int.from_bytes(buf[pos + 4:pos + 12], "big")
                head = 12
            if len(buf) - pos - head < size:
                break
            data = bytes(buf[pos + head:pos + head + size])
            pos += head + size
            job, i, ok = _RESULT.unpack_from(data)
            result = (bool(ok), _decode(data[_RESULT.size:]))
            try:
                w.inflight.remove((job, i))
            except ValueError:
                pass
            obj = self._cache.get(job)
            if obj is not None:
                obj._set(i, result)
        if pos:
            del buf[:pos]

    def _wait_until(self, done, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while not done():
            if deadline is None:
                self._pump(None)
            else:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._pump(left)
        return True

    # ---- the public API ----

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, source):
        self._sources.append(source)
        self._dispatch()

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit(iter([(result._job, 0, _CALL, func, (tuple(args), dict(kwds)))]))
        return result

    def _chunks(self, job, func, iterable, chunksize, kind, counter=None):
        it = iter(iterable)
        i = 0
        while True:
            try:
                chunk = list(itertools.islice(it, chunksize))
            except Exception as e:
                obj = self._cache.get(job)
                if obj is not None:
                    obj._fail_source(i, e)
                return
            if not chunk:
                if counter is not None:
                    obj = self._cache.get(job)
                    if obj is not None:
                        obj._set_length(i)
                return
            yield (job, i, kind, func, chunk)
            i += 1

    def _map_async(self, func, iterable, kind, chunksize, callback, error_callback):
        self._check_running()
        if not hasattr(iterable, "__len__"):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(iterable), callback, error_callback)
        if len(iterable):
            self._submit(self._chunks(result._job, func, iterable, chunksize, kind))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, _MAP, chunksize, None, None).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, _STARMAP, chunksize, None, None).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, _MAP, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, _STARMAP, chunksize, callback, error_callback)

    def _imap(self, cls, func, iterable, chunksize):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = cls(self, chunksize)
        self._submit(self._chunks(result._job, func, iterable, chunksize, _MAP, True))
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(IMapIterator, func, iterable, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE

    def terminate(self):
        if self._owner != os.getpid():
            return
        self._state = TERMINATE
        self._sources.clear()
        for w in self._workers:
            w.proc.terminate()
        for w in list(self._workers):
            for fd in (w.task_w, w.result_r):
                try:
                    os.close(fd)
                except OSError:
                    pass
            w.proc.join()
        self._workers = []
        self._pool = []

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        if self._owner != os.getpid():
            return
        while self._workers:
            self._pump(None)
        self._pool = []

    def _at_exit(self):
        if self._owner != os.getpid():
            return
        if self._state == CLOSE:
            self.join()
        else:
            self.terminate()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError("pool objects cannot be passed between processes or "
                                  "pickled")

    def __repr__(self):
        cls = self.__class__
        return ("<%s.%s state=%s pool_size=%s>"
                % (cls.__module__, cls.__qualname__, ("RUN", "CLOSE", "TERMINATE")[self._state],
                   len(self._pool)))


class ApplyResult:
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._job = next(job_counter)
        self._cache = pool._cache
        self._ready = False
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None
        self._cache[self._job] = self

    def ready(self):
        return self._ready

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._pool._wait_until(self.ready, timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self._ready:
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._ready = True
        self._cache.pop(self._job, None)
        self._pool = _Done

    __class_getitem__ = classmethod(lambda cls, item: cls)


AsyncResult = ApplyResult


class _Done:
    """What a finished result waits with."""

    @staticmethod
    def _wait_until(done, timeout=None):
        return True


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._ready = True
            self._cache.pop(self._job, None)
            self._pool = _Done
            if callback:
                callback(self._value)
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                self._finish()
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                self._finish()

    def _fail_source(self, i, exc):
        self._number_left = 1
        self._set(i, (False, exc))

    def _finish(self):
        self._ready = True
        self._cache.pop(self._job, None)
        self._pool = _Done


class IMapIterator:
    def __init__(self, pool, chunksize=1):
        self._pool = pool
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        if not self._pool._wait_until(lambda: self._items or self._length is not None
                                      and self._index >= self._length, timeout):
            raise TimeoutError from None
        if not self._items:
            raise StopIteration from None
        success, value = self._items.popleft()
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        success, result = obj
        if self._index == i:
            self._push(success, result)
            self._index += 1
            while self._index in self._unsorted:
                success, result = self._unsorted.pop(self._index)
                self._push(success, result)
                self._index += 1
        else:
            self._unsorted[i] = obj
        self._check_done()

    def _push(self, success, result):
        if success:
            for v in result:
                self._items.append((True, v))
        else:
            self._items.append((False, result))

    def _check_done(self):
        if self._length is not None and self._index >= self._length:
            self._cache.pop(self._job, None)

    def _set_length(self, length):
        self._length = length
        self._check_done()

    def _fail_source(self, i, exc):
        self._set(i, (False, exc))
        self._set_length(i + 1)


class IMapUnorderedIterator(IMapIterator):
    def _set(self, i, obj):
        success, result = obj
        self._push(success, result)
        self._index += 1
        self._check_done()


def _run_task(kind, func, args):
    try:
        if kind == _MAP:
            return (True, [func(x) for x in args])
        if kind == _STARMAP:
            return (True, [func(*x) for x in args])
        return (True, func(*args[0], **args[1]))
    except Exception as e:
        return (False, e)


class ThreadPool(Pool):
    """multiprocessing.pool.ThreadPool: the tasks share the caller's memory;
    coil runs each one in the calling thread when it is submitted (results,
    callbacks and exceptions as with CPython, without concurrency)."""

    _wrap_exception = False

    def __init__(self, processes=None, initializer=None, initargs=()):
        self._state = RUN
        self._workers = []
        self._cache = {}
        self._sources = collections.deque()
        self._owner = os.getpid()
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._pool = [None] * processes
        if initializer is not None:
            initializer(*initargs)

    def _submit(self, source):
        for job, i, kind, func, args in source:
            result = _run_task(kind, func, args)
            obj = self._cache.get(job)
            if obj is not None:
                obj._set(i, result)

    def _pump(self, timeout):
        if timeout:
            time.sleep(min(timeout, 0.01))

    def terminate(self):
        self._state = TERMINATE

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
