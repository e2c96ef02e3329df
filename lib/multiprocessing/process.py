"""Process objects (the 'fork' start method) and the current/parent process."""

import os
import sys
import signal
import itertools

__all__ = ["BaseProcess", "current_process", "active_children", "parent_process"]


def current_process():
    return _current_process


def parent_process():
    return _parent_process


def active_children():
    _cleanup()
    return list(_children)


def _cleanup():
    for p in list(_children):
        if p._pid is not None and p._poll() is not None:
            _children.discard(p)


class BaseProcess:
    """A process running target(*args, **kwargs) (or an overridden run())."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, "group argument must be None for now"
        count = next(_process_counter)
        self._identity = _current_process._identity + (count,)
        self._config = _current_process._config.copy()
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._pid = None
        self._returncode = None
        self._sentinel = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or (type(self).__name__ + "-" +
                              ":".join(str(i) for i in self._identity))
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert self._pid is None, "cannot start a process twice"
        assert self._parent_pid == os.getpid(), \
            "can only start a process object created by current process"
        assert not _current_process._config.get("daemon"), \
            "daemonic processes are not allowed to have children"
        _cleanup()
        _register_exit()
        for hook in list(_before_fork):
            hook()
        rfd, wfd = os.pipe()
        try:
            sys.stdout.flush()
        except (AttributeError, ValueError, OSError):
            pass
        try:
            sys.stderr.flush()
        except (AttributeError, ValueError, OSError):
            pass
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                os.close(rfd)
                code = self._bootstrap()
            finally:
                os._exit(code)
        os.close(wfd)
        self._pid = pid
        self._sentinel = rfd
        self._target = None
        self._args = None
        self._kwargs = None
        _children.add(self)

    def _poll(self, block=False):
        if self._returncode is None:
            while True:
                try:
                    pid, status = os.waitpid(self._pid, 0 if block else os.WNOHANG)
                except InterruptedError:
                    continue
                except ChildProcessError:
                    return self._returncode
                break
            if pid == self._pid:
                self._returncode = os.waitstatus_to_exitcode(status)
                if self._sentinel is not None:
                    os.close(self._sentinel)
                    self._sentinel = None
        return self._returncode

    def terminate(self):
        self._check_closed()
        self._signal(signal.SIGTERM)

    def kill(self):
        self._check_closed()
        self._signal(signal.SIGKILL)

    def _signal(self, sig):
        if self._pid is not None and self._returncode is None and self._poll() is None:
            try:
                os.kill(self._pid, sig)
            except ProcessLookupError:
                pass

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), "can only join a child process"
        assert self._pid is not None, "can only join a started process"
        if self._returncode is None:
            if timeout is None:
                self._poll(block=True)
            else:
                from .connection import _select_read
                if _select_read([self._sentinel], max(0.0, timeout)):
                    self._poll(block=True)
                else:
                    self._poll()
        if self._returncode is not None:
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), "can only test a child process"
        if self._pid is None:
            return False
        if self._poll() is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        if self._pid is not None and self._returncode is None:
            if self._poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
        if self._sentinel is not None:
            os.close(self._sentinel)
            self._sentinel = None
        _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), "name must be a string"
        self._name = name

    @property
    def daemon(self):
        return self._config.get("daemon", False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._pid is None, "process has already started"
        self._config["daemon"] = daemonic

    @property
    def authkey(self):
        return self._config.get("authkey", b"")

    @authkey.setter
    def authkey(self, authkey):
        self._config["authkey"] = bytes(authkey)

    @property
    def exitcode(self):
        self._check_closed()
        if self._pid is None:
            return None
        return self._poll()

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._pid

    pid = ident

    @property
    def sentinel(self):
        self._check_closed()
        if self._sentinel is None:
            raise ValueError("process not started")
        return self._sentinel

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = "started"
        elif self._closed:
            status = "closed"
        elif self._parent_pid != os.getpid():
            status = "unknown"
        elif self._pid is None:
            status = "initial"
        else:
            exitcode = self._poll()
            status = "started" if exitcode is None else "stopped"
        info = [type(self).__name__, "name=%r" % self._name]
        if self._pid is not None:
            info.append("pid=%s" % self._pid)
        info.append("parent=%s" % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            name = _exitcode_to_name.get(exitcode, exitcode)
            info.append("exitcode=%s" % name)
        if self.daemon:
            info.append("daemon")
        return "<%s>" % " ".join(info)

    def _bootstrap(self):
        """The child's side of start(): run, report, and return the exit code."""
        global _current_process, _parent_process, _process_counter, _children
        exitcode = 1
        try:
            _process_counter = itertools.count(1)
            _children = set()
            try:
                if sys.stdin is not None:
                    sys.stdin.close()
                    sys.stdin = open(os.devnull)
            except (OSError, ValueError, AttributeError):
                pass
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
            _current_process = self
            for hook in list(_after_fork):
                hook()
            try:
                self.run()
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + "\n")
                exitcode = 1
        except BaseException:
            exitcode = 1
            import traceback
            sys.stderr.write("Process %s:\n" % self.name)
            traceback.print_exc()
        finally:
            _flush_std_streams()
        return exitcode


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = "MainProcess"
        self._parent_pid = None
        self._pid = None
        self._returncode = None
        self._sentinel = None
        self._closed = False
        self._config = {"authkey": os.urandom(32)}

    def close(self):
        pass


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._returncode = None
        self._sentinel = None
        self._closed = False
        self._config = {}

    def is_alive(self):
        try:
            os.kill(self._pid, 0)
        except OSError:
            return False
        return os.getppid() == self._pid

    @property
    def ident(self):
        return self._pid

    pid = ident

    def join(self, timeout=None):
        import time
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.is_alive():
            if deadline is not None and time.monotonic() >= deadline:
                return
            time.sleep(0.01)


def _flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError, OSError):
            pass


_exit_registered = False


def _register_exit():
    global _exit_registered
    if not _exit_registered:
        _exit_registered = True
        import atexit
        atexit.register(_main_exit)


def _main_exit():
    if _current_process is not None and _current_process._parent_pid is None:
        _exit_function()


def _exit_function():
    """At the end of a process: run the finalizers, stop the daemonic children
    and wait for the others."""
    for fn in list(_exit_hooks):
        try:
            fn()
        except Exception:
            pass
    for p in list(_children):
        if p.daemon and p._pid is not None:
            p.terminate()
    for p in list(_children):
        if p._pid is not None:
            p.join()


# hooks of the other modules of the package: before a fork (flush buffers),
# in the child after it, and at the end of a process
_before_fork = []
_after_fork = []
_exit_hooks = []

_current_process = _MainProcess()
_parent_process = None
_process_counter = itertools.count(1)
_children = set()

_exitcode_to_name = {}
for _name, _signum in list(signal.__dict__.items()):
    if _name[:3] == "SIG" and "_" not in _name and isinstance(_signum, int):
        _exitcode_to_name[-int(_signum)] = "-" + _name
del _name, _signum
