"""Subprocesses with accessible I/O streams (POSIX), as CPython 3.11's
subprocess: run, call, check_call, check_output, getoutput,
getstatusoutput, Popen, CompletedProcess and the exceptions.

Children are started by os._fork_exec (vm/modules/os_proc.c: fork, the
descriptor plumbing, chdir, exec over the PATH candidates, failures
reported through a pipe as CPython's _posixsubprocess does); a preexec_fn
makes the child run Python, so that case forks with os.fork here.
communicate() multiplexes the pipes with select.poll.
"""

import builtins
import errno
import io
import os
import select
import signal
import sys
import time
import types

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

_mswindows = False


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        else:
            return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a
    child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


PIPE = -1
STDOUT = -2
DEVNULL = -3

_PIPE_BUF = getattr(select, "PIPE_BUF", 512)

# Children not yet waited for when their Popen was collected.
_active = []


def _cleanup():
    for inst in _active[:]:
        res = inst._internal_poll(_deadstate=sys.maxsize)
        if res is not None:
            try:
                _active.remove(inst)
            except ValueError:
                pass


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or
    timeout, then return the returncode attribute."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If
    the exit code was zero then return, otherwise raise
    CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output."""
    for kw in ("stdout", "check"):
        if kw in kwargs:
            raise ValueError(f"{kw} argument not allowed, it will be overridden.")

    if "input" in kwargs and kwargs["input"] is None:
        if kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get("encoding") \
                or kwargs.get("errors"):
            empty = ""
        else:
            empty = b""
        kwargs["input"] = empty

    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


class CompletedProcess(object):
    """A process that has finished running (what run() returns)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ["args={!r}".format(self.args),
                "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            args.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            args.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(args))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE

    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE

    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def list2cmdline(seq):
    """Translate a sequence of arguments into a command line string, using
    the MS C runtime rules."""
    result = []
    needquote = False
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(" ")
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == "\\":
                bs_buf.append(c)
            elif c == '"':
                result.append("\\" * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return "".join(result)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _translate_newlines(data, encoding, errors):
    data = data.decode(encoding, errors)
    return data.replace("\r\n", "\n").replace("\r", "\n")


class Popen:
    """Execute a child program in a new process."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        _cleanup()
        self._waitpid_lock = None
        self._input = None
        self._communication_started = False
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is None:
            pipesize = -1
        if not isinstance(pipesize, int):
            raise TypeError("pipesize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if pass_fds and not close_fds:
            import warnings
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        if user is not None or group is not None or extra_groups is not None:
            raise NotImplementedError("user, group and extra_groups are not supported by coil's subprocess")

        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize

        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError("Cannot disambiguate when both text "
                                  "and universal_newlines are supplied but "
                                  "different. Pass one or the other.")

        self._closed_child_pipe_fds = False
        self._devnull = None
        (p2cread, p2cwrite,
         c2pread, c2pwrite,
         errread, errwrite) = self._get_handles(stdin, stdout, stderr)

        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            self.encoding = encoding = "utf-8"

        try:
            if p2cwrite != -1:
                if self.text_mode:
                    self.stdin = builtins.open(p2cwrite, "w", encoding=encoding,
                                               errors=errors or "strict")
                else:
                    self.stdin = builtins.open(p2cwrite, "wb")
            if c2pread != -1:
                if self.text_mode:
                    self.stdout = builtins.open(c2pread, "r", encoding=encoding,
                                                errors=errors or "strict")
                else:
                    self.stdout = builtins.open(c2pread, "rb")
            if errread != -1:
                if self.text_mode:
                    self.stderr = builtins.open(errread, "r", encoding=encoding,
                                                errors=errors or "strict")
                else:
                    self.stderr = builtins.open(errread, "rb")

            if process_group is not None:
                if preexec_fn is None:
                    preexec_fn = (lambda: os.setpgid(0, process_group))
                else:
                    inner = preexec_fn
                    preexec_fn = (lambda: (os.setpgid(0, process_group), inner()))
            self._execute_child(args, executable, preexec_fn, close_fds,
                                pass_fds, cwd, env, shell,
                                p2cread, p2cwrite, c2pread, c2pwrite,
                                errread, errwrite, restore_signals,
                                start_new_session, umask)
        except:
            for f in filter(None, (self.stdin, self.stdout, self.stderr)):
                try:
                    f.close()
                except OSError:
                    pass
            if not self._closed_child_pipe_fds:
                to_close = []
                if stdin == PIPE:
                    to_close.append(p2cread)
                if stdout == PIPE:
                    to_close.append(c2pwrite)
                if stderr == PIPE:
                    to_close.append(errwrite)
                if self._devnull is not None:
                    to_close.append(self._devnull)
                for fd in to_close:
                    try:
                        os.close(fd)
                    except OSError:
                        pass
            raise

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def __repr__(self):
        obj_repr = (
            f"<{self.__class__.__name__}: "
            f"returncode: {self.returncode} args: {self.args!r}>"
        )
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    __class_getitem__ = classmethod(types.GenericAlias)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        except BrokenPipeError:
            pass
        finally:
            self.wait()

    def __del__(self):
        if not self._child_created:
            return
        if self.returncode is None:
            self._internal_poll(_deadstate=sys.maxsize)
            if self.returncode is None and _active is not None:
                _active.append(self)

    def _get_devnull(self):
        if self._devnull is None:
            self._devnull = os.open(os.devnull, os.O_RDWR)
        return self._devnull

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
            except OSError as exc:
                if exc.errno == errno.EINVAL:
                    pass
                else:
                    raise
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass
        except OSError as exc:
            if exc.errno == errno.EINVAL:
                pass
            else:
                raise

    def communicate(self, input=None, timeout=None):
        """Interact with process: send data to stdin and close it, read
        data from stdout and stderr until end-of-file, wait for the
        process to terminate. Returns (stdout_data, stderr_data)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")

        if (timeout is None and not self._communication_started and
                [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = None
            stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
        else:
            if timeout is not None:
                endtime = _time() + timeout
            else:
                endtime = None
            try:
                stdout, stderr = self._communicate(input, endtime, timeout)
            finally:
                self._communication_started = True
            sts = self.wait(timeout=self._remaining_time(endtime))
        return (stdout, stderr)

    def poll(self):
        """Check if child process has terminated. Set and return returncode
        attribute."""
        return self._internal_poll()

    def _remaining_time(self, endtime):
        if endtime is None:
            return None
        else:
            return endtime - _time()

    def _check_timeout(self, endtime, orig_timeout, stdout_seq, stderr_seq, skip_check_and_raise=False):
        if endtime is None:
            return
        if skip_check_and_raise or _time() > endtime:
            raise TimeoutExpired(self.args, orig_timeout,
                                 output=b"".join(stdout_seq) if stdout_seq else None,
                                 stderr=b"".join(stderr_seq) if stderr_seq else None)

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        if timeout is not None:
            endtime = _time() + timeout
        return self._wait(timeout=timeout)

    def send_signal(self, sig):
        """Send a signal to the process."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(signal.SIGKILL)

    # ---- POSIX internals ----

    def _get_handles(self, stdin, stdout, stderr):
        p2cread, p2cwrite = -1, -1
        c2pread, c2pwrite = -1, -1
        errread, errwrite = -1, -1

        if stdin is None:
            pass
        elif stdin == PIPE:
            p2cread, p2cwrite = os.pipe()
        elif stdin == DEVNULL:
            p2cread = self._get_devnull()
        elif isinstance(stdin, int):
            p2cread = stdin
        else:
            p2cread = stdin.fileno()

        if stdout is None:
            pass
        elif stdout == PIPE:
            c2pread, c2pwrite = os.pipe()
        elif stdout == DEVNULL:
            c2pwrite = self._get_devnull()
        elif isinstance(stdout, int):
            c2pwrite = stdout
        else:
            c2pwrite = stdout.fileno()

        if stderr is None:
            pass
        elif stderr == PIPE:
            errread, errwrite = os.pipe()
        elif stderr == STDOUT:
            if c2pwrite != -1:
                errwrite = c2pwrite
            else:
                errwrite = 1
        elif stderr == DEVNULL:
            errwrite = self._get_devnull()
        elif isinstance(stderr, int):
            errwrite = stderr
        else:
            errwrite = stderr.fileno()

        return (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

    def _execute_child(self, args, executable, preexec_fn, close_fds,
                       pass_fds, cwd, env, shell,
                       p2cread, p2cwrite, c2pread, c2pwrite,
                       errread, errwrite, restore_signals,
                       start_new_session, umask):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError("path-like args is not allowed when shell is true")
            args = [args]
        else:
            args = list(args)

        if shell:
            unix_shell = "/bin/sh"
            args = [unix_shell, "-c"] + args
            if executable:
                args[0] = executable

        if executable is None:
            executable = args[0]

        orig_executable = executable
        if os.path.dirname(executable):
            executable_list = (executable,)
        else:
            executable_list = tuple(
                os.path.join(os.fsencode(dir), os.fsencode(executable))
                for dir in os.get_exec_path(env))

        if env is not None:
            env_list = []
            for k, v in env.items():
                k = os.fsencode(k)
                if b"=" in k:
                    raise ValueError("illegal environment variable name")
                env_list.append(k + b"=" + os.fsencode(v))
        else:
            env_list = None

        fds_to_keep = sorted(set(map(int, pass_fds)))
        errpipe_read, errpipe_write = os.pipe()
        try:
            try:
                if preexec_fn is None:
                    self.pid = os._fork_exec(
                        args, executable_list, cwd, env_list,
                        p2cread, p2cwrite, c2pread, c2pwrite,
                        errread, errwrite, errpipe_read, errpipe_write,
                        close_fds, restore_signals, start_new_session,
                        fds_to_keep, umask)
                else:
                    self.pid = self._fork_exec_python(
                        args, executable_list, cwd, env_list,
                        p2cread, p2cwrite, c2pread, c2pwrite,
                        errread, errwrite, errpipe_read, errpipe_write,
                        close_fds, restore_signals, start_new_session,
                        fds_to_keep, umask, preexec_fn)
                self._child_created = True
            finally:
                os.close(errpipe_write)

            self._close_pipe_fds(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

            errpipe_data = bytearray()
            while True:
                part = os.read(errpipe_read, 50000)
                errpipe_data += part
                if not part or len(errpipe_data) > 50000:
                    break
        finally:
            os.close(errpipe_read)

        if errpipe_data:
            try:
                pid, sts = os.waitpid(self.pid, 0)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
                else:
                    self.returncode = sys.maxsize
            except ChildProcessError:
                pass

            try:
                exception_name, hex_errno, err_msg = errpipe_data.split(b":", 2)
                err_msg = err_msg.decode()
            except ValueError:
                exception_name = b"SubprocessError"
                hex_errno = b"0"
                err_msg = "Bad exception data from child: {!r}".format(bytes(errpipe_data))
            exception_name = bytes(exception_name)
            hex_errno = bytes(hex_errno)
            child_exception_type = getattr(builtins, exception_name.decode("ascii"), SubprocessError)
            if issubclass(child_exception_type, OSError) and hex_errno:
                errno_num = int(hex_errno, 16)
                if err_msg == "noexec:chdir":
                    err_filename = cwd
                elif err_msg == "noexec":
                    err_filename = None
                else:
                    err_filename = orig_executable
                if errno_num != 0:
                    err_msg = os.strerror(errno_num)
                if err_filename is not None:
                    raise child_exception_type(errno_num, err_msg, err_filename)
                else:
                    raise child_exception_type(errno_num, err_msg)
            raise child_exception_type(err_msg)

    def _fork_exec_python(self, args, executable_list, cwd, env_list,
                          p2cread, p2cwrite, c2pread, c2pwrite,
                          errread, errwrite, errpipe_read, errpipe_write,
                          close_fds, restore_signals, start_new_session,
                          fds_to_keep, umask, preexec_fn):
        """The child side in Python, for preexec_fn."""
        argv = [os.fsencode(a) for a in args]
        if cwd is not None:
            cwd = os.fsencode(cwd)
        pid = os.fork()
        if pid:
            return pid
        what = b"noexec"
        try:
            try:
                for fd in (p2cwrite, c2pread, errread, errpipe_read):
                    if fd != -1:
                        os.close(fd)
                if c2pwrite == 0:
                    c2pwrite = os.dup(c2pwrite)
                while errwrite in (0, 1):
                    errwrite = os.dup(errwrite)
                for src, dst in ((p2cread, 0), (c2pwrite, 1), (errwrite, 2)):
                    if src == dst:
                        os.set_inheritable(dst, True)
                    elif src != -1:
                        os.dup2(src, dst)
                for fd in set((p2cread, c2pwrite, errwrite)):
                    if fd > 2:
                        os.close(fd)
                if cwd is not None:
                    what = b"noexec:chdir"
                    os.chdir(cwd)
                    what = b"noexec"
                if umask >= 0:
                    os.umask(umask)
                if restore_signals:
                    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
                    signal.signal(signal.SIGXFSZ, signal.SIG_DFL)
                if start_new_session:
                    os.setsid()
                try:
                    preexec_fn()
                except BaseException:
                    os.write(errpipe_write, b"SubprocessError:0:Exception occurred in preexec_fn.")
                    os._exit(255)
                for fd in fds_to_keep:
                    os.set_inheritable(fd, True)
                if close_fds:
                    keep = set(fds_to_keep) | {errpipe_write}
                    lo = 3
                    for fd in sorted(keep) + [65536]:
                        if fd >= lo:
                            os.closerange(lo, fd)
                            lo = fd + 1
                saved = None
                for exe in executable_list:
                    try:
                        if env_list is not None:
                            env = {}
                            for item in env_list:
                                k, _, v = item.partition(b"=")
                                env[k] = v
                            os.execve(exe, argv, env)
                        else:
                            os.execv(exe, argv)
                    except OSError as e:
                        if e.errno not in (errno.ENOENT, errno.ENOTDIR) and saved is None:
                            saved = e.errno
                        last = e.errno
                err = saved if saved is not None else last
                os.write(errpipe_write, b"OSError:%x:" % err)
            except OSError as e:
                os.write(errpipe_write, b"OSError:%x:%s" % (e.errno or 0, what))
        finally:
            os._exit(255)

    def _close_pipe_fds(self, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite):
        devnull_fd = self._devnull
        if p2cread != -1 and p2cwrite != -1 and p2cread != devnull_fd:
            os.close(p2cread)
        if c2pwrite != -1 and c2pread != -1 and c2pwrite != devnull_fd:
            os.close(c2pwrite)
        if errwrite != -1 and errread != -1 and errwrite != devnull_fd:
            os.close(errwrite)
        if devnull_fd is not None:
            os.close(devnull_fd)
        self._closed_child_pipe_fds = True

    def _handle_exitstatus(self, sts):
        if os.WIFSTOPPED(sts):
            self.returncode = -os.WSTOPSIG(sts)
        else:
            self.returncode = os.waitstatus_to_exitcode(sts)

    def _internal_poll(self, _deadstate=None):
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except OSError as e:
                if _deadstate is not None:
                    self.returncode = _deadstate
                elif e.errno == errno.ECHILD:
                    self.returncode = 0
        return self.returncode

    def _try_wait(self, wait_flags):
        try:
            (pid, sts) = os.waitpid(self.pid, wait_flags)
        except ChildProcessError:
            pid = self.pid
            sts = 0
        return (pid, sts)

    def _wait(self, timeout):
        if self.returncode is not None:
            return self.returncode
        if timeout is not None:
            endtime = _time() + timeout
            delay = 0.0005
            while True:
                (pid, sts) = self._try_wait(os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
                    break
                remaining = self._remaining_time(endtime)
                if remaining <= 0:
                    raise TimeoutExpired(self.args, timeout)
                delay = min(delay * 2, remaining, .05)
                time.sleep(delay)
        else:
            while self.returncode is None:
                (pid, sts) = self._try_wait(0)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
        return self.returncode

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass

        stdout = None
        stderr = None

        if not self._communication_started:
            self._fileobj2output = {}
            if self.stdout:
                self._fileobj2output[self.stdout] = []
            if self.stderr:
                self._fileobj2output[self.stderr] = []

        if self.stdout:
            stdout = self._fileobj2output[self.stdout]
        if self.stderr:
            stderr = self._fileobj2output[self.stderr]

        self._save_input(input)

        if self._input:
            input_view = memoryview(self._input)

        fd2file = {}
        poller = select.poll()

        def register(fileobj, events):
            poller.register(fileobj.fileno(), events)
            fd2file[fileobj.fileno()] = fileobj

        if self.stdin and input and not self.stdin.closed:
            register(self.stdin, select.POLLOUT)
        if self.stdout and not self.stdout.closed:
            register(self.stdout, select.POLLIN)
        if self.stderr and not self.stderr.closed:
            register(self.stderr, select.POLLIN)

        while fd2file:
            timeout = self._remaining_time(endtime)
            if timeout is not None and timeout < 0:
                self._check_timeout(endtime, orig_timeout, stdout, stderr, skip_check_and_raise=True)
                raise RuntimeError("_check_timeout(..., skip_check_and_raise=True) failed to raise TimeoutExpired.")

            ready = poller.poll(None if timeout is None else timeout * 1000)
            self._check_timeout(endtime, orig_timeout, stdout, stderr)

            for fd, events in ready:
                fileobj = fd2file[fd]
                if fileobj is self.stdin:
                    chunk = input_view[self._input_offset:self._input_offset + _PIPE_BUF]
                    try:
                        self._input_offset += os.write(fd, chunk)
                    except BrokenPipeError:
                        poller.unregister(fd)
                        del fd2file[fd]
                        fileobj.close()
                    else:
                        if self._input_offset >= len(self._input):
                            poller.unregister(fd)
                            del fd2file[fd]
                            fileobj.close()
                else:
                    data = os.read(fd, 32768)
                    if not data:
                        poller.unregister(fd)
                        del fd2file[fd]
                        fileobj.close()
                    self._fileobj2output[fileobj].append(data)

        self.wait(timeout=self._remaining_time(endtime))

        if stdout is not None:
            stdout = b"".join(stdout)
        if stderr is not None:
            stderr = b"".join(stderr)

        if self.text_mode:
            if stdout is not None:
                stdout = _translate_newlines(stdout, self.stdout.encoding, self.stdout.errors)
            if stderr is not None:
                stderr = _translate_newlines(stderr, self.stderr.encoding, self.stderr.errors)

        return (stdout, stderr)

    def _save_input(self, input):
        if self.stdin and self._input is None:
            self._input_offset = 0
            self._input = input
            if input is not None and self.text_mode:
                self._input = self._input.encode(self.stdin.encoding, self.stdin.errors)


def _time():
    return time.monotonic()
