"""Low-level networking interface (coil).

The socket class is written here in Python over _socket (vm/modules/socket.c),
whose functions take a file descriptor; the behaviour, the messages and the
module's names are CPython 3.11's.

coil runs threads one after another (see threading): a blocking call (no
timeout) blocks the whole program, so a server and its client in the same
program must either be non-blocking (selectors), use timeouts, or be ordered
so that each side only waits for data the other side already sent.
"""

import _socket
import io
import os
import sys
from enum import IntEnum, IntFlag

from _socket import (error, timeout, gaierror, herror, has_ipv6, gethostname, gethostbyname,
                     getnameinfo, inet_aton, inet_ntoa, inet_pton, inet_ntop, htons, ntohs,
                     htonl, ntohl, getservbyname, getprotobyname)

import errno as _errno

EBADF = getattr(_errno, 'EBADF', 9)
EAGAIN = getattr(_errno, 'EAGAIN', 11)
EWOULDBLOCK = getattr(_errno, 'EWOULDBLOCK', 11)

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server", "has_dualstack_ipv6",
           "AddressFamily", "SocketKind", "socket", "SocketType", "socketpair", "error", "timeout",
           "gaierror", "herror", "has_ipv6", "gethostname", "gethostbyname", "getaddrinfo",
           "getnameinfo", "inet_aton", "inet_ntoa", "inet_pton", "inet_ntop", "htons", "ntohs",
           "htonl", "ntohl", "getdefaulttimeout", "setdefaulttimeout", "getservbyname",
           "getprotobyname"]

_consts = {n: v for n, v in _socket.__dict__.items() if n.isupper() and isinstance(v, int)}
globals().update(_consts)
__all__.extend(_consts)


def _make_enum(kind, name, prefix):
    members = [(n, v) for n, v in _consts.items() if n.startswith(prefix)]
    return kind(name, members, module=__name__)


AddressFamily = _make_enum(IntEnum, 'AddressFamily', 'AF_')
SocketKind = _make_enum(IntEnum, 'SocketKind', 'SOCK_')
MsgFlag = _make_enum(IntFlag, 'MsgFlag', 'MSG_')
AddressInfo = _make_enum(IntFlag, 'AddressInfo', 'AI_')
for _enum in (AddressFamily, SocketKind, MsgFlag, AddressInfo):
    globals().update(_enum.__members__)
del _enum, _consts

_LOCALHOST = '127.0.0.1'
_LOCALHOST_V6 = '::1'

_default_timeout = None


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _timeout_value(value):
    if value is None:
        return None
    if not isinstance(value, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    value = float(value)
    if value != value:
        raise ValueError("Invalid value NaN (not a number)")
    if value < 0:
        raise ValueError("Timeout value out of range")
    return value


def getdefaulttimeout():
    """Returns the default timeout in seconds (float) for new socket objects;
    None means no timeout."""
    return _default_timeout


def setdefaulttimeout(timeout):
    """Sets the default timeout in seconds (float) for new socket objects."""
    global _default_timeout
    _default_timeout = _timeout_value(timeout)


_SOCK_FLAGS = SOCK_NONBLOCK | SOCK_CLOEXEC


class socket:
    """A socket object: family, type and proto as given (or read from the
    descriptor given as fileno)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        self._fd = -1
        self._io_refs = 0
        self._closed = False
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            fd = _socket.socket(family, type, proto)
        else:
            if isinstance(fileno, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            fd = fileno.__index__()
            if fd < 0:
                raise ValueError("negative file descriptor")
            if family == -1 or type == -1 or proto == -1:
                f, t, p = _socket.sockinfo(fd)
                if family == -1:
                    family = f
                if type == -1:
                    type = t
                if proto == -1:
                    proto = p
        self._fd = fd
        self._family = int(family)
        self._type = int(type) & ~_SOCK_FLAGS
        self._proto = int(proto)
        if int(type) & SOCK_NONBLOCK:
            self._timeout = 0.0
        else:
            self._timeout = _default_timeout
            if _default_timeout is not None:
                _socket.setblocking(fd, False)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        text = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__, " [closed]" if closed else "",
            self.fileno(), self.family, self.type, self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    text += ", laddr=%s" % str(laddr)
            except error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    text += ", raddr=%s" % str(raddr)
            except error:
                pass
        return text + '>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def __del__(self):
        fd = getattr(self, '_fd', -1)
        if fd >= 0:
            self._fd = -1
            try:
                _socket.close(fd)
            except OSError:
                pass

    # -- attributes --

    @property
    def family(self):
        """Read-only access to the address family for this socket."""
        return _intenum_converter(self._family, AddressFamily)

    @property
    def type(self):
        """Read-only access to the socket type."""
        return _intenum_converter(self._type, SocketKind)

    @property
    def proto(self):
        return self._proto

    @property
    def timeout(self):
        return self._timeout

    def fileno(self):
        return self._fd

    # -- closing --

    def _real_close(self):
        fd = self._fd
        if fd >= 0:
            self._fd = -1
            _socket.close(fd)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def detach(self):
        """Closes the socket object without closing the descriptor, which is returned."""
        self._closed = True
        fd, self._fd = self._fd, -1
        return fd

    def dup(self):
        fd = _socket.dup(self._fd)
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    # -- blocking and timeouts --

    def settimeout(self, value):
        value = _timeout_value(value)
        _socket.setblocking(self._fd, value is None)
        self._timeout = value

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    # -- connections --

    def bind(self, address):
        _socket.bind(self._fd, self._family, address)

    def listen(self, backlog=None):
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        _socket.listen(self._fd, backlog)

    def accept(self):
        """Waits for a connection: returns (socket, address)."""
        fd, addr = _socket.accept(self._fd, self._timeout)
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def _accept(self):
        return _socket.accept(self._fd, self._timeout)

    def connect(self, address):
        _socket.connect(self._fd, self._family, address, self._timeout, True)

    def connect_ex(self, address):
        return _socket.connect(self._fd, self._family, address, self._timeout, False)

    def shutdown(self, how):
        _socket.shutdown(self._fd, how)

    def getsockname(self):
        return _socket.name(self._fd, False)

    def getpeername(self):
        return _socket.name(self._fd, True)

    def setsockopt(self, level, optname, value, optlen=None):
        if value is None:
            if optlen is None:
                raise TypeError("setsockopt() takes exactly 3 or 4 arguments")
            value = bytes(optlen)
        _socket.setsockopt(self._fd, level, optname, value)

    def getsockopt(self, level, optname, buflen=0):
        return _socket.getsockopt(self._fd, level, optname, buflen)

    # -- data --

    def send(self, data, flags=0):
        return _socket.send(self._fd, data, flags, self._timeout)

    def sendall(self, data, flags=0):
        view = memoryview(data)
        total = len(view)
        sent = 0
        while sent < total:
            sent += _socket.send(self._fd, view[sent:], flags, self._timeout)

    def sendto(self, data, flags_or_addr, addr=None):
        if addr is None:
            flags, addr = 0, flags_or_addr
        else:
            flags = flags_or_addr
        return _socket.sendto(self._fd, data, flags, self._family, addr, self._timeout)

    def recv(self, bufsize, flags=0):
        return _socket.recv(self._fd, bufsize, flags, self._timeout, False)

    def recvfrom(self, bufsize, flags=0):
        return _socket.recv(self._fd, bufsize, flags, self._timeout, True)

    def _into(self, name, buffer, nbytes, flags, want_from):
        size = len(buffer)
        if nbytes < 0:
            raise ValueError("negative buffersize in %s" % name)
        if nbytes == 0:
            nbytes = size
        elif nbytes > size:
            raise ValueError("buffer too small for requested bytes" if name == "recv_into"
                             else "nbytes is greater than the length of the buffer")
        got = _socket.recv(self._fd, nbytes, flags, self._timeout, want_from)
        data = got[0] if want_from else got
        n = len(data)
        buffer[:n] = data
        return (n, got[1]) if want_from else n

    def recv_into(self, buffer, nbytes=0, flags=0):
        return self._into("recv_into", buffer, nbytes, flags, False)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        return self._into("recvfrom_into", buffer, nbytes, flags, True)

    # -- files --

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading and/or writing the socket (modes 'r', 'w',
        'b' only, as CPython's)."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        assert reading or writing
        binary = "b" in mode
        rawmode = ""
        if reading:
            rawmode += "r"
        if writing:
            rawmode += "w"
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        buffer = _BufferedSocket(raw, buffering, reading, writing)
        if binary:
            return buffer
        text = io.TextIOWrapper(buffer, encoding, errors, newline)
        text.mode = mode
        return text


SocketType = socket


class SocketIO(io.RawIOBase):
    """Raw I/O over a socket (what makefile() builds on)."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        io.RawIOBase.__init__(self)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False

    def readinto(self, b):
        self._checkClosed()
        if not self._reading:
            raise io.UnsupportedOperation("File or stream is not readable.")
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        try:
            return self._sock.recv_into(b)
        except timeout:
            self._timeout_occurred = True
            raise
        except error as e:
            if e.errno in (EAGAIN, EWOULDBLOCK):
                return None
            raise

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        chunks = []
        while True:
            data = self.read(io.DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def write(self, b):
        self._checkClosed()
        if not self._writing:
            raise io.UnsupportedOperation("File or stream is not writable.")
        try:
            return self._sock.send(b)
        except error as e:
            if e.errno in (EAGAIN, EWOULDBLOCK):
                return None
            raise

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return False

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        if not self.closed:
            return self.fileno()
        return -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


class _BufferedSocket(io.BufferedIOBase):
    """A buffered reader and/or writer over a SocketIO (BufferedReader,
    BufferedWriter or BufferedRWPair in CPython's makefile)."""

    def __init__(self, raw, size, reading, writing):
        self.raw = raw
        self._size = size
        self._reading = reading
        self._writing = writing
        self._rbuf = b""
        self._wbuf = bytearray()

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def readable(self):
        return self._reading

    def writable(self):
        return self._writing

    def seekable(self):
        return False

    def fileno(self):
        return self.raw.fileno()

    def _check_read(self):
        if self.raw.closed:
            raise ValueError("read of closed file")
        if not self._reading:
            raise io.UnsupportedOperation("read")

    def _fill(self):
        data = self.raw.read(self._size)
        if not data:
            return False
        self._rbuf += data
        return True

    def read(self, size=-1):
        self._check_read()
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._rbuf = self._rbuf, b""
            return data
        while len(self._rbuf) < size and self._fill():
            pass
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def read1(self, size=-1):
        self._check_read()
        if not self._rbuf:
            self._fill()
        if size is None or size < 0:
            size = len(self._rbuf)
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def peek(self, size=0):
        self._check_read()
        if not self._rbuf:
            self._fill()
        return self._rbuf

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        data = self.read1(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_read()
        if size is None:
            size = -1
        start = 0
        while True:
            i = self._rbuf.find(b"\n", start)
            if i >= 0:
                end = i + 1
                break
            if 0 <= size <= len(self._rbuf):
                end = size
                break
            start = len(self._rbuf)
            if not self._fill():
                end = len(self._rbuf)
                break
        if 0 <= size < end:
            end = size
        line, self._rbuf = self._rbuf[:end], self._rbuf[end:]
        return line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        return self

    def write(self, b):
        if self.raw.closed:
            raise ValueError("write to closed file")
        if not self._writing:
            raise io.UnsupportedOperation("write")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._wbuf += b
        n = len(memoryview(b))
        if len(self._wbuf) >= self._size:
            self.flush()
        return n

    def flush(self):
        if self.raw.closed:
            if self._wbuf:
                raise ValueError("flush of closed file")
            return
        while self._wbuf:
            n = self.raw.write(self._wbuf)
            if n is None:
                raise BlockingIOError(EAGAIN, "write could not complete without blocking", 0)
            del self._wbuf[:n]

    def close(self):
        if self.raw.closed:
            return
        try:
            if self._writing:
                self.flush()
        finally:
            self.raw.close()

    def detach(self):
        self.flush()
        raw, self.raw = self.raw, None
        return raw

    def __repr__(self):
        return "<_io.%s name=%r>" % (
            "BufferedRWPair" if self._reading and self._writing else
            "BufferedReader" if self._reading else "BufferedWriter", self.name)


def fromfd(fd, family, type, proto=0):
    """Creates a socket object from a duplicate of the descriptor fd."""
    nfd = _socket.dup(fd)
    return socket(family, type, proto, nfd)


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """A pair of connected socket objects (AF_UNIX by default)."""
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def getfqdn(name=''):
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    return name


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    """Connects to (host, port), trying each address getaddrinfo gives;
    returns the socket."""
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except error as exc:
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if exceptions:
        try:
            raise exceptions[0]
        finally:
            exceptions.clear()
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    if not has_ipv6:
        return False
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except error:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A listening TCP socket bound to address (SO_REUSEADDR set)."""
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        try:
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        except error:
            pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if has_ipv6 and family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            msg = '%s (while attempting to bind on address %r)' % (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """[(family, type, proto, canonname, sockaddr)] for host and port, with
    family and type as AddressFamily / SocketKind members."""
    addrlist = []
    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):
        af, socktype, proto, canonname, sa = res
        addrlist.append((_intenum_converter(af, AddressFamily),
                         _intenum_converter(socktype, SocketKind), proto, canonname, sa))
    return addrlist
