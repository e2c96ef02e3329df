"""Contexts: the factory functions of the package, per start method.

coil starts every process with os.fork. 'spawn' and 'forkserver' are
accepted (get_context, set_start_method) and also fork: a program that is
correct under spawn (state passed explicitly, an `if __name__ ==
"__main__":` guard) behaves the same under fork.
"""

import os

from . import process


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


_methods = ("fork", "spawn", "forkserver")


class BaseContext:
    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    current_process = staticmethod(process.current_process)
    parent_process = staticmethod(process.parent_process)
    active_children = staticmethod(process.active_children)

    def cpu_count(self):
        num = os.cpu_count()
        if num is None:
            raise NotImplementedError("cannot determine number of cpus")
        return num

    def Manager(self):
        from .managers import SyncManager
        m = SyncManager(ctx=self)
        m.start()
        return m

    def Pipe(self, duplex=True):
        from .connection import Pipe
        return Pipe(duplex)

    def Lock(self):
        from .synchronize import Lock
        return Lock(ctx=self)

    def RLock(self):
        from .synchronize import RLock
        return RLock(ctx=self)

    def Condition(self, lock=None):
        from .synchronize import Condition
        return Condition(lock, ctx=self)

    def Semaphore(self, value=1):
        from .synchronize import Semaphore
        return Semaphore(value, ctx=self)

    def BoundedSemaphore(self, value=1):
        from .synchronize import BoundedSemaphore
        return BoundedSemaphore(value, ctx=self)

    def Event(self):
        from .synchronize import Event
        return Event(ctx=self)

    def Barrier(self, parties, action=None, timeout=None):
        from .synchronize import Barrier
        return Barrier(parties, action, timeout, ctx=self)

    def Queue(self, maxsize=0):
        from .queues import Queue
        return Queue(maxsize, ctx=self)

    def JoinableQueue(self, maxsize=0):
        from .queues import JoinableQueue
        return JoinableQueue(maxsize, ctx=self)

    def SimpleQueue(self):
        from .queues import SimpleQueue
        return SimpleQueue(ctx=self)

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from .pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self)

    def RawValue(self, typecode_or_type, *args):
        from .sharedctypes import RawValue
        return RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        from .sharedctypes import RawArray
        return RawArray(typecode_or_type, size_or_initializer)

    def Value(self, typecode_or_type, *args, lock=True):
        from .sharedctypes import Value
        return Value(typecode_or_type, *args, lock=lock, ctx=self)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        from .sharedctypes import Array
        return Array(typecode_or_type, size_or_initializer, lock=lock, ctx=self)

    def freeze_support(self):
        pass

    def get_logger(self):
        import logging
        return logging.getLogger("multiprocessing")

    def log_to_stderr(self, level=None):
        import logging
        import sys
        logger = self.get_logger()
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("[%(levelname)s/%(processName)s] %(message)s"))
        logger.addHandler(handler)
        if level:
            logger.setLevel(level)
        return logger

    def allow_connection_pickling(self):
        pass

    def set_executable(self, executable):
        pass

    def set_forkserver_preload(self, module_names):
        pass

    def get_context(self, method=None):
        if method is None:
            return self
        try:
            return _concrete_contexts[method]
        except KeyError:
            raise ValueError("cannot find context for %r" % method) from None

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError("cannot set start method of concrete context")

    def get_all_start_methods(self):
        return list(_methods)

    @property
    def reducer(self):
        return None


class Process(process.BaseProcess):
    _start_method = None


class ForkProcess(process.BaseProcess):
    _start_method = "fork"


class SpawnProcess(process.BaseProcess):
    _start_method = "spawn"


class ForkServerProcess(process.BaseProcess):
    _start_method = "forkserver"


class ForkContext(BaseContext):
    _name = "fork"
    Process = ForkProcess


class SpawnContext(BaseContext):
    _name = "spawn"
    Process = SpawnProcess


class ForkServerContext(BaseContext):
    _name = "forkserver"
    Process = ForkServerProcess


_concrete_contexts = {"fork": ForkContext(), "spawn": SpawnContext(),
                      "forkserver": ForkServerContext()}


class DefaultContext(BaseContext):
    Process = Process

    def __init__(self, context):
        self._default_context = context
        self._actual_context = None

    def get_context(self, method=None):
        if method is None:
            if self._actual_context is None:
                self._actual_context = self._default_context
            return self._actual_context
        return super().get_context(method)

    def set_start_method(self, method, force=False):
        if self._actual_context is not None and not force:
            raise RuntimeError("context has already been set")
        if method is None and force:
            self._actual_context = None
            return
        self._actual_context = self.get_context(method)

    def get_start_method(self, allow_none=False):
        if self._actual_context is None:
            if allow_none:
                return None
            self._actual_context = self._default_context
        return self._actual_context._name

    def get_all_start_methods(self):
        return list(_methods)


_default_context = DefaultContext(_concrete_contexts["fork"])
