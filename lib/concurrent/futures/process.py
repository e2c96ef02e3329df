"""ProcessPoolExecutor: calls run in forked worker processes (a
multiprocessing Pool). The parent moves tasks and results whenever it waits
on a future (result(), exception(), done(), as_completed(), wait(), map()'s
iterator, shutdown(wait=True)) and when it submits.
"""

import os
import time
import itertools

from . import Future, Executor, BrokenExecutor, PENDING, RUNNING

__all__ = ["ProcessPoolExecutor", "BrokenProcessPool"]

EXTRA_QUEUED_CALLS = 1


class BrokenProcessPool(BrokenExecutor):
    pass


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _PoolFuture(Future):
    """A Future whose waits move the executor's pool along."""

    def __init__(self, executor):
        Future.__init__(self)
        self._executor = executor
        self._async = None

    def _coil_progress(self, timeout):
        ex = self._executor
        if ex is None or ex._pool is None:
            if timeout:
                time.sleep(min(timeout, 0.01))
            return
        ex._pool._pump(timeout)

    def done(self):
        if self._state in (PENDING, RUNNING) and self._executor is not None \
                and self._executor._pool is not None:
            self._executor._pool._pump(0)
        return Future.done(self)

    def _wait(self, timeout):
        deadline = None if timeout is None else time.monotonic() + timeout
        while self._state in (PENDING, RUNNING):
            if deadline is None:
                self._coil_progress(None)
            else:
                left = deadline - time.monotonic()
                if left <= 0:
                    return
                self._coil_progress(left)

    def result(self, timeout=None):
        self._wait(timeout)
        return Future.result(self, timeout)

    def exception(self, timeout=None):
        self._wait(timeout)
        return Future.exception(self, timeout)

    def cancel(self):
        ex = self._executor
        if self._state == PENDING and self._async is not None and ex is not None \
                and ex._pool is not None:
            pool = ex._pool
            job = self._async._job
            if any(j == job for w in pool._workers for j, _ in w.inflight):
                self._state = RUNNING
                return False
            pool._cache.pop(job, None)
        return Future.cancel(self)


def _fix_cause(exc):
    cause = exc.__cause__
    if cause is not None and type(cause).__name__ == "RemoteTraceback":
        exc.__cause__ = _RemoteTraceback(cause.tb)
    return exc


def _process_chunk(fn, chunk):
    return [fn(*args) for args in chunk]


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child
        self._pool = None
        self._shutdown_thread = False
        self._broken = False
        self._futures = {}

    def _start(self):
        if self._pool is None:
            from multiprocessing import pool, process

            class _ExecutorPool(pool.Pool):
                _process_name = "ForkProcess"

            self._pool = _ExecutorPool(self._max_workers, self._initializer,
                                       self._initargs, self._max_tasks_per_child)
            process._exit_hooks.append(self._at_exit)
        return self._pool

    def _at_exit(self):
        if self._pool is not None and self._pool._owner == os.getpid():
            self.shutdown(wait=True)

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenProcessPool(self._broken)
        if self._shutdown_thread:
            raise RuntimeError("cannot schedule new futures after shutdown")
        pool = self._start()
        f = _PoolFuture(self)

        futures = self._futures

        def ok(value):
            futures.pop(id(f), None)
            if f._state == PENDING or f._state == RUNNING:
                f._state = RUNNING
                f.set_result(value)

        def err(exc):
            futures.pop(id(f), None)
            if f._state == PENDING or f._state == RUNNING:
                f._state = RUNNING
                f.set_exception(_fix_cause(exc) if isinstance(exc, BaseException) else exc)

        f._async = pool.apply_async(fn, args, kwargs, callback=ok, error_callback=err)
        if not f.done():
            futures[id(f)] = f
        return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        if timeout is not None:
            end_time = timeout + time.monotonic()
        it = zip(*iterables)
        fs = []
        while True:
            chunk = list(itertools.islice(it, chunksize))
            if not chunk:
                break
            fs.append(self.submit(_process_chunk, fn, chunk))

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        chunk = fs.pop().result()
                    else:
                        chunk = fs.pop().result(end_time - time.monotonic())
                    yield from chunk
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown_thread = True
        pool = self._pool
        if pool is None:
            return
        if cancel_futures:
            for f in list(self._futures.values()):
                f.cancel()
        pool.close()
        if wait:
            pool.join()
            self._pool = None
