"""multiprocessing for coil: processes made with os.fork (the 'fork' start
method, CPython 3.11's default on Linux), pipes, shared memory and pickle.

'spawn' and 'forkserver' may be selected and also fork (context.py).
Manager() is a forked server process (managers.py). Not available:
connection.Listener/Client, shared_memory, multiprocessing.util.
"""

from .process import current_process, active_children, parent_process
from .context import (ProcessError, BufferTooShort, TimeoutError, AuthenticationError,
                      _default_context)

__all__ = [
    "Array", "AuthenticationError", "Barrier", "BoundedSemaphore", "BufferTooShort",
    "Condition", "Event", "JoinableQueue", "Lock", "Manager", "Pipe", "Pool", "Process",
    "ProcessError", "Queue", "RLock", "RawArray", "RawValue", "Semaphore", "SimpleQueue",
    "TimeoutError", "Value", "active_children", "allow_connection_pickling", "cpu_count",
    "current_process", "freeze_support", "get_all_start_methods", "get_context",
    "get_logger", "get_start_method", "log_to_stderr", "parent_process", "reducer",
    "set_executable", "set_forkserver_preload", "set_start_method",
]

SUBDEBUG = 5
SUBWARNING = 25

for _name in __all__:
    if _name not in globals() and hasattr(_default_context, _name):
        globals()[_name] = getattr(_default_context, _name)
del _name

from .context import Process
reducer = None
