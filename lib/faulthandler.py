"""faulthandler for coil: dump the Python traceback on demand, on a signal
(register) or after a timeout (dump_traceback_later). enable() records the
request only: a handler written in Python cannot run on a real SIGSEGV/SIGFPE
(it would return into the faulting instruction), so coil does not dump on
fatal signals. Written for coil."""

import sys

__all__ = ['enable', 'disable', 'is_enabled', 'dump_traceback',
           'dump_traceback_later', 'cancel_dump_traceback_later',
           'register', 'unregister']

_MAX_FRAMES = 100

_enabled = None          # (fd, file, all_threads) while enabled
_registered = {}         # signum -> (fd, file, all_threads, chain, previous)
_later = None            # dump_traceback_later: the SIGALRM handler it replaced


def _get_fd(file):
    """The file descriptor file names (int, object with fileno(), None for
    sys.stderr), flushing file first as CPython does."""
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descripter")
        return file
    fd = file.fileno()
    if not isinstance(fd, int):
        raise RuntimeError("file.fileno() is not a valid file descriptor")
    if fd < 0:
        raise ValueError("file is not a valid file descripter")
    flush = getattr(file, 'flush', None)
    if flush is not None:
        try:
            flush()
        except Exception:
            pass
    return fd


def _format_stack(frame, all_threads):
    if all_threads:
        try:
            import threading
            ident = threading.get_ident()
        except Exception:
            ident = 0
        lines = ['Current thread 0x%016x (most recent call first):\n' % ident]
    else:
        lines = ['Stack (most recent call first):\n']
    depth = 0
    while frame is not None:
        if depth >= _MAX_FRAMES:
            lines.append('  ...\n')
            break
        code = frame.f_code
        lineno = frame.f_lineno
        lines.append('  File "%s", line %s in %s\n' % (
            _escape(code.co_filename), '???' if lineno is None else lineno,
            _escape(code.co_name)))
        frame = frame.f_back
        depth += 1
    return ''.join(lines)


def _escape(text):
    out = []
    for ch in text:
        c = ord(ch)
        if 32 <= c < 127:
            out.append(ch)
        elif c < 0x100:
            out.append('\\x%02x' % c)
        elif c < 0x10000:
            out.append('\\u%04x' % c)
        else:
            out.append('\\U%08x' % c)
    return ''.join(out)


def _write(fd, text):
    import os
    data = text.encode('ascii', 'backslashreplace')
    while data:
        try:
            n = os.write(fd, data)
        except OSError:
            return
        if n <= 0:
            return
        data = data[n:]


def dump_traceback(file=None, all_threads=True):
    """Dump the traceback of the current thread into file."""
    fd = _get_fd(file)
    _write(fd, _format_stack(sys._getframe(1), all_threads))


def enable(file=None, all_threads=True):
    """Enable the fault handler: dump the traceback on a fatal signal."""
    global _enabled
    fd = _get_fd(file)
    _enabled = (fd, file, bool(all_threads))
    return None


def disable():
    """Disable the fault handler; True if it was enabled."""
    global _enabled
    was = _enabled is not None
    _enabled = None
    return was


def is_enabled():
    """True if the fault handler is enabled."""
    return _enabled is not None


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """Dump the traceback after timeout seconds (again every timeout seconds
    when repeat), then exit the process when exit is true. coil runs threads
    one at a time, so the watchdog is an ITIMER_REAL timer (SIGALRM) rather
    than a thread: the dump shows the frame the timer interrupted."""
    global _later
    timeout = float(timeout)
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    if timeout * 1e6 >= 2 ** 63:
        raise OverflowError("timeout value is too large")
    fd = _get_fd(file)
    cancel_dump_traceback_later()
    import signal
    whole = int(timeout)
    hours, rest = divmod(whole, 3600)
    minutes, seconds = divmod(rest, 60)
    micro = int(round((timeout - whole) * 1e6))
    header = 'Timeout (%d:%02d:%02d%s)!\n' % (
        hours, minutes, seconds, '.%06d' % micro if micro else '')

    def fire(signum, frame):
        _write(fd, header + _format_stack(frame, True))
        if exit:
            import os
            os._exit(1)
        if not repeat:
            cancel_dump_traceback_later()

    previous = signal.signal(signal.SIGALRM, fire)
    _later = previous
    signal.setitimer(signal.ITIMER_REAL, timeout, timeout if repeat else 0)


def cancel_dump_traceback_later():
    """Cancel the previous call to dump_traceback_later()."""
    global _later
    previous = _later
    _later = None
    if previous is not None:
        import signal
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def register(signum, file=None, all_threads=True, chain=False):
    """Dump the traceback when signal signum arrives."""
    import signal
    fd = _get_fd(file)
    if signum in (signal.SIGSEGV, signal.SIGFPE, signal.SIGABRT,
                  getattr(signal, 'SIGBUS', -1), signal.SIGILL, signal.SIGKILL,
                  signal.SIGSTOP):
        raise RuntimeError("signal %d cannot be registered, use enable() instead" % signum)
    if not 1 <= signum < signal.NSIG:
        raise ValueError("signal number out of range")
    old = _registered.get(signum)
    previous = old[4] if old else signal.getsignal(signum)

    def handler(sig, frame):
        entry = _registered.get(sig)
        if entry is None:
            return
        _write(entry[0], _format_stack(frame, entry[2]))
        if entry[3] and callable(entry[4]):
            entry[4](sig, frame)

    _registered[signum] = (fd, file, bool(all_threads), bool(chain), previous)
    signal.signal(signum, handler)


def unregister(signum):
    """Stop dumping the traceback on signal signum; True if it was registered."""
    import signal
    if not 1 <= signum < signal.NSIG:
        raise ValueError("signal number out of range")
    entry = _registered.pop(signum, None)
    if entry is None:
        return False
    previous = entry[4]
    signal.signal(signum, previous if previous is not None else signal.SIG_DFL)
    return True
