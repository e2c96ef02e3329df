"""Low-level threads (coil: see threading: threads run one after another)."""

import threading as _threading

error = RuntimeError
LockType = _threading.Lock
allocate_lock = _threading.Lock
RLock = _threading.RLock
TIMEOUT_MAX = _threading.TIMEOUT_MAX
get_ident = _threading.get_ident
get_native_id = _threading.get_native_id
stack_size = _threading.stack_size
_local = _threading.local


def start_new_thread(function, args, kwargs=None):
    """Runs function(*args, **kwargs) as a new thread; returns its identifier."""
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    t = _threading.Thread(target=function, args=args, kwargs=kwargs or {})
    t.start()
    return t.ident


start_new = start_new_thread


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def exit():
    raise SystemExit


def _count():
    return _threading.active_count() - 1
