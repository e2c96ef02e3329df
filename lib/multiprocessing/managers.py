"""Managers: shared objects held by a server process, used through proxies.

coil's SyncManager forks its server process; every process forked after
the manager started inherits the client end of one socketpair to it and a
lock that makes each request/reply exchange atomic (the server answers one
request at a time). Proxies pickle as (manager, object id), so they can be
passed to Pool workers. Blocking operations on managed objects (Queue.get,
Lock.acquire, Event.wait, ...) poll the server.
"""

import os
import time
import queue
import array
import itertools

from . import process, connection
from .synchronize import Lock as _ProcessLock

__all__ = ["BaseManager", "SyncManager", "BaseProxy", "Namespace"]

_managers = {}
_manager_keys = itertools.count()


class RemoteError(Exception):
    def __str__(self):
        return "\n" + "-" * 75 + "\n" + str(self.args[0]) + "-" * 75


class Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith("_"):
                temp.append("%s=%r" % (name, value))
        temp.sort()
        return "%s(%s)" % (self.__class__.__name__, ", ".join(temp))


class _Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value


class _SLock:
    """A lock held by the server for a client process (pid), recursive if
    asked."""

    def __init__(self, recursive=False):
        self._owner = None
        self._count = 0
        self._recursive = recursive

    def try_acquire(self, pid):
        if self._owner is None:
            self._owner = pid
            self._count = 1
            return True
        if self._recursive and self._owner == pid:
            self._count += 1
            return True
        return False

    def release(self, pid):
        if self._owner is None or (self._recursive and self._owner != pid):
            if self._recursive:
                raise RuntimeError("cannot release un-acquired lock")
            raise RuntimeError("release unlocked lock")
        self._count -= 1
        if self._count <= 0:
            self._owner = None
            self._count = 0


class _SSemaphore:
    def __init__(self, value=1, bounded=False):
        self._value = value
        self._max = value if bounded else None

    def try_acquire(self, pid):
        if self._value > 0:
            self._value -= 1
            return True
        return False

    def release(self, pid):
        if self._max is not None and self._value >= self._max:
            raise ValueError("Semaphore released too many times")
        self._value += 1

    def get_value(self):
        return self._value


class _SEvent:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False


def _serve(conn, registry):
    objects = {}
    ids = itertools.count(1)
    while True:
        try:
            req = conn.recv()
        except (EOFError, OSError):
            return
        op, oid, name, args, kwds = req
        try:
            if op == "create":
                obj = registry[name](*args, **kwds)
                oid = next(ids)
                objects[oid] = obj
                result = oid
            elif op == "call":
                obj = objects[oid]
                if name == "__getattribute__":
                    result = getattr(obj, args[0])
                elif name == "__setattr__":
                    setattr(obj, args[0], args[1])
                    result = None
                elif name == "__delattr__":
                    delattr(obj, args[0])
                    result = None
                else:
                    result = getattr(obj, name)(*args, **kwds)
                if type(result).__name__ in ("dict_keys", "dict_values", "dict_items"):
                    result = list(result)
            elif op == "decref":
                objects.pop(oid, None)
                result = None
            elif op == "shutdown":
                conn.send(("ok", None))
                return
            else:
                raise ValueError("unknown request %r" % (op,))
            reply = ("ok", result)
        except Exception as e:
            reply = ("err", e)
        try:
            conn.send(reply)
        except Exception as e:
            conn.send(("err", RemoteError("could not send the result: %r" % (e,))))


class BaseManager:
    _registry = {}

    def __init__(self, address=None, authkey=None, serializer="pickle", ctx=None, *,
                 shutdown_timeout=1.0):
        self._key = None
        self._process = None
        self._conn = None
        self._lock = None
        self._state = "initial"

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        if "_registry" not in cls.__dict__:
            cls._registry = dict(cls._registry)
        cls._registry[typeid] = (callable, proxytype or AutoProxy)
        if create_method:
            def temp(self, *args, **kwds):
                return self._create(typeid, *args, **kwds)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)

    def start(self, initializer=None, initargs=()):
        if self._state != "initial":
            from .context import ProcessError
            raise ProcessError("Already started server")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        a, b = connection.Pipe()
        registry = {k: v[0] for k, v in self._registry.items()}

        def server():
            a.close()
            if initializer is not None:
                initializer(*initargs)
            _serve(b, registry)

        p = process.BaseProcess(target=server)
        p.name = p.name.replace("BaseProcess", "SyncManager")
        p.daemon = True
        p.start()
        b.close()
        self._process = p
        self._conn = a
        self._lock = _ProcessLock()
        self._key = (os.getpid(), next(_manager_keys))
        _managers[self._key] = self
        self._owner = os.getpid()
        self._state = "started"
        process._exit_hooks.append(self._at_exit)

    def _request(self, op, oid=None, name=None, args=(), kwds={}):
        if self._state != "started":
            raise RuntimeError("Manager is not running")
        with self._lock:
            self._conn.send((op, oid, name, args, kwds))
            status, value = self._conn.recv()
        if status == "err":
            raise value
        return value

    def _create(self, typeid, *args, **kwds):
        if self._state != "started":
            raise RuntimeError("Manager has not been started" if self._state == "initial"
                               else "Manager has shut down")
        oid = self._request("create", None, typeid, args, kwds)
        proxytype = self._registry[typeid][1]
        return proxytype(self._key, oid, typeid)

    def shutdown(self):
        if self._state == "started" and self._owner == os.getpid():
            try:
                self._request("shutdown")
            except (OSError, EOFError):
                pass
            self._state = "shutdown"
            self._process.join(5)
            if self._process.exitcode is None:
                self._process.terminate()
                self._process.join()
            self._conn.close()

    def _at_exit(self):
        if self._state == "started" and self._owner == os.getpid():
            self.shutdown()

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)

    @property
    def address(self):
        return None

    def __enter__(self):
        if self._state == "initial":
            self.start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()


def _rebuild_proxy(cls, key, oid, typeid):
    return cls(key, oid, typeid)


class BaseProxy:
    def __init__(self, key, oid, typeid):
        self._key = key
        self._id = oid
        self._typeid = typeid

    def _callmethod(self, methodname, args=(), kwds={}):
        mgr = _managers.get(self._key)
        if mgr is None:
            raise RuntimeError("the manager of this proxy is not available")
        return mgr._request("call", self._id, methodname, tuple(args), dict(kwds))

    def _getvalue(self):
        return self._callmethod("__getattribute__", ("__dict__",))

    def __reduce__(self):
        return _rebuild_proxy, (type(self), self._key, self._id, self._typeid)

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return "<%s object, typeid %r at %#x>" % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod("__repr__")
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


class AutoProxy(BaseProxy):
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return lambda *args, **kwds: self._callmethod(name, args, kwds)


def _forward(cls, *names):
    """Give cls methods that call the referent's methods of the same names."""
    def make(name):
        def method(self, *args, **kwds):
            return self._callmethod(name, args, kwds)
        method.__name__ = name
        return method
    for name in names:
        setattr(cls, name, make(name))


class ListProxy(BaseProxy):

    def __iadd__(self, value):
        self._callmethod("extend", (value,))
        return self

    def __imul__(self, value):
        self._callmethod("__imul__", (value,))
        return self

    def __iter__(self):
        return iter(self._callmethod("copy"))

    def _getvalue(self):
        return self._callmethod("copy")

    def __eq__(self, other):
        return self._callmethod("copy") == other


class DictProxy(BaseProxy):

    def __iter__(self):
        return iter(self._callmethod("keys"))

    def _getvalue(self):
        return self._callmethod("copy")


class ArrayProxy(BaseProxy):

    def __iter__(self):
        return iter(self._callmethod("tolist"))


class NamespaceProxy(BaseProxy):
    def __getattr__(self, key):
        if key[0] == "_":
            return object.__getattribute__(self, key)
        return self._callmethod("__getattribute__", (key,))

    def __setattr__(self, key, value):
        if key[0] == "_":
            return object.__setattr__(self, key, value)
        return self._callmethod("__setattr__", (key, value))

    def __delattr__(self, key):
        if key[0] == "_":
            return object.__delattr__(self, key)
        return self._callmethod("__delattr__", (key,))

    def __repr__(self):
        return self._callmethod("__repr__")


class ValueProxy(BaseProxy):
    def get(self):
        return self._callmethod("get")

    def set(self, value):
        return self._callmethod("set", (value,))

    value = property(get, set)

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self._callmethod("get"), None)


def _poll(cond, block=True, timeout=None):
    """Retry cond() until it is true (False after timeout, or at once if not
    blocking)."""
    if cond():
        return True
    if not block:
        return False
    deadline = None if timeout is None else time.monotonic() + max(0.0, timeout)
    delay = 0.0005
    while True:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(delay, left))
        else:
            time.sleep(delay)
        delay = min(delay * 2, 0.01)
        if cond():
            return True


class AcquirerProxy(BaseProxy):
    def acquire(self, blocking=True, timeout=None):
        pid = os.getpid()
        return _poll(lambda: self._callmethod("try_acquire", (pid,)), blocking, timeout)

    def release(self):
        return self._callmethod("release", (os.getpid(),))

    def __enter__(self):
        return self.acquire()

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self.release()


class SemaphoreProxy(AcquirerProxy):
    def get_value(self):
        return self._callmethod("get_value")


class EventProxy(BaseProxy):
    def is_set(self):
        return self._callmethod("is_set")

    def set(self):
        return self._callmethod("set")

    def clear(self):
        return self._callmethod("clear")

    def wait(self, timeout=None):
        return _poll(self.is_set, True, timeout)


class QueueProxy(BaseProxy):

    def put(self, obj, block=True, timeout=None):
        def attempt():
            try:
                self._callmethod("put_nowait", (obj,))
                return True
            except queue.Full:
                return False
        if not _poll(attempt, block, timeout):
            raise queue.Full

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get(self, block=True, timeout=None):
        box = []

        def attempt():
            try:
                box.append(self._callmethod("get_nowait"))
                return True
            except queue.Empty:
                return False
        if not _poll(attempt, block, timeout):
            raise queue.Empty
        return box[0]

    def get_nowait(self):
        return self.get(False)

    def join(self):
        _poll(lambda: self._callmethod("_coil_idle"))


class _SQueue(queue.Queue):
    def _coil_idle(self):
        return self.unfinished_tasks == 0


_forward(ListProxy, "__add__", "__contains__", "__delitem__", "__getitem__", "__len__",
         "__mul__", "__reversed__", "__rmul__", "__setitem__", "append", "count", "extend",
         "index", "insert", "pop", "remove", "reverse", "sort", "copy")
_forward(DictProxy, "__contains__", "__delitem__", "__getitem__", "__len__", "__setitem__",
         "clear", "copy", "get", "items", "keys", "pop", "popitem", "setdefault", "update",
         "values")
_forward(ArrayProxy, "__len__", "__getitem__", "__setitem__", "tolist")
_forward(QueueProxy, "qsize", "empty", "full", "task_done")


class SyncManager(BaseManager):
    pass


SyncManager.register("list", list, ListProxy)
SyncManager.register("dict", dict, DictProxy)
SyncManager.register("Namespace", Namespace, NamespaceProxy)
SyncManager.register("Value", _Value, ValueProxy)
SyncManager.register("Array", array.array, ArrayProxy)
SyncManager.register("Queue", _SQueue, QueueProxy)
SyncManager.register("JoinableQueue", _SQueue, QueueProxy)
SyncManager.register("Lock", _SLock, AcquirerProxy)
SyncManager.register("RLock", lambda: _SLock(True), AcquirerProxy)
SyncManager.register("Semaphore", _SSemaphore, SemaphoreProxy)
SyncManager.register("BoundedSemaphore", lambda value=1: _SSemaphore(value, True),
                     SemaphoreProxy)
SyncManager.register("Event", _SEvent, EventProxy)
