"""Low-level threads: coil's green threads (vm/modules/thread.c)."""

import sys as _sys
import _coilthread as _ct

error = RuntimeError
LockType = _ct.LockType
lock = _ct.LockType
TIMEOUT_MAX = 9223372036.0
get_ident = _ct.get_ident
get_native_id = _ct.get_native_id
stack_size = _ct.stack_size
_count = _ct._count
interrupt_main = _ct.interrupt_main


def allocate_lock():
    """A new lock object (unlocked)."""
    return _ct.LockType()


allocate = allocate_lock


def _report(function, exc):
    stderr = _sys.stderr
    if stderr is None:
        return
    print("Exception ignored in thread started by: %r" % (function,), file=stderr)
    import traceback
    tb = exc.__traceback__
    if tb is not None:
        tb = tb.tb_next
    traceback.print_exception(type(exc), exc, tb, file=stderr)


def start_new_thread(function, args, kwargs=None):
    """Starts a new thread running function(*args, **kwargs); returns its
    identifier. The thread ends when the function returns; an exception
    other than SystemExit is reported on stderr."""
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    if not callable(function):
        raise TypeError("first arg must be callable")
    kw = kwargs or {}

    def _run():
        try:
            function(*args, **kw)
        except SystemExit:
            pass
        except BaseException as e:
            _report(function, e)
    return _ct.start(_run)


start_new = start_new_thread


def exit():
    raise SystemExit


exit_thread = exit


def RLock():
    import threading
    return threading._RLock()


def __getattr__(name):
    if name == "_local":
        import threading
        return threading.local
    if name == "_excepthook":
        import threading
        return threading.excepthook
    if name == "_ExceptHookArgs":
        import threading
        return threading.ExceptHookArgs
    raise AttributeError("module '_thread' has no attribute %r" % name)
