# OSError(errno, ...) picks the subclass for errno (BrokenPipeError, BlockingIOError, ConnectionError family, InterruptedError, TimeoutError, ...).
import errno
for e in [errno.EPIPE, errno.EAGAIN, errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.EINTR, errno.ESRCH, errno.ETIMEDOUT, errno.ECHILD, errno.ENOENT, errno.EINVAL]:
    x = OSError(e, "msg")
    print(type(x).__name__, x.errno, isinstance(x, ConnectionError), str(x))
print(TimeoutError.__mro__)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(InterruptedError, OSError))
try:
    raise TimeoutError("too slow")
except OSError as e:
    print(repr(e), e.errno)
print(ConnectionRefusedError(111, "refused").strerror)
