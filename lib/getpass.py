"""getpass for coil: read a password without echo when a terminal is
available (via stty), else fall back to reading stdin with a warning, as
CPython 3.11 does; getuser() from the environment or the password
database. Written for coil."""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def _raw_input(prompt='', stream=None, input=None):
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            prompt = prompt.encode(stream.encoding, 'replace')
            prompt = prompt.decode(stream.encoding)
            stream.write(prompt)
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def fallback_getpass(prompt='Password: ', stream=None):
    warnings.warn("Can not control echo on the terminal.", GetPassWarning,
                  stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def _stty(fd, *args):
    import subprocess
    return subprocess.call(['stty'] + list(args), stdin=fd,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def unix_getpass(prompt='Password: ', stream=None):
    """Prompt on /dev/tty and read the answer with echo turned off."""
    try:
        fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return fallback_getpass(prompt, stream)
    try:
        import io
        tty = io.FileIO(fd, 'w+')
        input = io.TextIOWrapper(tty)
        if not stream:
            stream = input
        try:
            if _stty(fd, '-echo') != 0:
                raise OSError("stty failed")
        except OSError:
            input.close()
            return fallback_getpass(prompt, stream)
        try:
            passwd = _raw_input(prompt, stream, input=input)
        finally:
            _stty(fd, 'echo')
            stream.write('\n')
            stream.flush()
        return passwd
    finally:
        try:
            os.close(fd)
        except OSError:
            pass


getpass = unix_getpass


def getuser():
    """The login name: $LOGNAME, $USER, $LNAME or $USERNAME, else the
    password database entry of the real user id."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    import pwd
    return pwd.getpwuid(os.getuid())[0]
