# socket: socketpair, TCP and UDP on 127.0.0.1, timeouts, errors, makefile.
import errno
import socket
import threading

# -- constants and helpers
print(socket.AF_INET, repr(socket.AF_INET), repr(socket.SOCK_STREAM), socket.SOCK_DGRAM)
print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError))
print(socket.gaierror.__module__, socket.herror.__name__)
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.inet_aton('127.0.0.1'), socket.inet_ntoa(b'\x7f\x00\x00\x01'))
print(socket.inet_pton(socket.AF_INET6, '::1'), socket.inet_ntop(socket.AF_INET6, b'\x00' * 15 + b'\x01'))
print(socket.inet_ntop(socket.AF_INET, b'\x0a\x00\x00\x01'), socket.inet_pton(socket.AF_INET, '10.1.2.3'))
for f, a in [(socket.inet_aton, ('x',)), (socket.inet_ntoa, (b'abc',)), (socket.htons, (-1,)),
             (socket.htons, (70000,)), (socket.htonl, (-1,)), (socket.htonl, (1 << 33,)),
             (socket.inet_pton, (socket.AF_INET, '1.2.3')), (socket.inet_ntop, (socket.AF_INET, b'12345'))]:
    try:
        f(*a)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(socket.getdefaulttimeout(), socket.has_ipv6)
print(socket.gethostbyname('localhost'), socket.gethostbyname('127.0.0.1'))
print(socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('localhost', 'http', socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP))
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(isinstance(socket.gethostname(), str))

# -- socketpair echo
a, b = socket.socketpair()
print(a.family, repr(a.type), a.proto, a.getsockname(), a.gettimeout(), a.getblocking())
a.sendall(b'hello ' * 3)
print(b.recv(100))
b.send(b'back')
print(a.recv(2), a.recv(10))
buf = bytearray(8)
a.send(b'abc')
print(b.recv_into(buf), buf)
a.close()
print(b.recv(10))
print(repr(a))
b.close()
with socket.socketpair()[0] as s:
    pass
print(s._closed, s.fileno())

# -- timeouts
a, b = socket.socketpair()
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except TimeoutError as e:
    print('TimeoutError', e, e.errno, isinstance(e, socket.timeout))
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print('BlockingIOError', e.errno == errno.EAGAIN)
a.setblocking(True)
print(a.gettimeout(), a.getblocking())
for bad in (-1, 'x'):
    try:
        a.settimeout(bad)
    except Exception as e:
        print(type(e).__name__, e)
a.close()
b.close()
socket.setdefaulttimeout(2.5)
s = socket.socket()
print(s.gettimeout(), socket.getdefaulttimeout())
s.close()
socket.setdefaulttimeout(None)

# -- TCP on localhost: the client connects before the server thread accepts
srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
print(srv.getsockname()[0], srv.family, repr(srv.type), srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
cli = socket.create_connection(('127.0.0.1', port))
cli.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(cli.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
cli.sendall(b'line one\nline two\nlast')
cli.shutdown(socket.SHUT_WR)
got = []


def serve():
    conn, addr = srv.accept()
    with conn:
        print('server: peer host', addr[0], conn.getpeername() == cli.getsockname())
        f = conn.makefile('rb')
        for line in f:
            got.append(line)
        f.close()
        conn.sendall(b'%d lines\n' % len(got))


t = threading.Thread(target=serve)
t.start()
t.join()
print(got)
rf = cli.makefile('r', encoding='utf-8')
print(repr(rf.readline()), repr(rf.read()))
rf.close()
cli.close()

# connect_ex, accept with a timeout, makefile('w')
c2 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print(c2.connect_ex(('127.0.0.1', port)))
conn, _ = srv.accept()
wf = c2.makefile('wb')
wf.write(b'abc\n')
wf.write(b'def\n')
wf.flush()
wf.close()
c2.close()
print(conn.recv(100), conn.recv(100))
conn.close()
srv.settimeout(0.05)
try:
    srv.accept()
except socket.timeout as e:
    print('accept', type(e).__name__, e)
srv.close()

# -- errors
try:
    socket.create_connection(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print('ConnectionRefusedError', e.errno == errno.ECONNREFUSED, e)
c3 = socket.socket()
print(c3.connect_ex(('127.0.0.1', port)) == errno.ECONNREFUSED)
c3.close()
try:
    socket.socket(12345)
except OSError as e:
    print(type(e).__name__, e)
s1 = socket.socket()
s1.bind(('127.0.0.1', 0))
s2 = socket.socket()
try:
    s2.bind(s1.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno == errno.EADDRINUSE, e.strerror)
for addr in ('x', ('x',), ('127.0.0.1', 70000), ('127.0.0.1', 'x')):
    try:
        s2.bind(addr)
    except Exception as e:
        print(type(e).__name__, e)
s1.close()
s2.close()
try:
    s2.recv(1)
except OSError as e:
    print(type(e).__name__, e)
try:
    socket.getaddrinfo('no.such.host.invalid', 80)
except socket.gaierror as e:
    print('gaierror', e.errno in (socket.EAI_NONAME, socket.EAI_AGAIN))
print(repr(s2))

# -- UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b'ping', u1.getsockname())
data, addr = u1.recvfrom(100)
print(data, addr == u2.getsockname(), repr(u1.type))
u1.sendto(b'pong', 0, addr)
print(u2.recvfrom(100)[0])
u2.connect(u1.getsockname())
u2.send(b'connected')
buf = bytearray(20)
n, addr = u1.recvfrom_into(buf)
print(n, bytes(buf[:n]))
u1.close()
u2.close()

# -- dup, detach, fromfd, subclass
a, b = socket.socketpair()
d = a.dup()
d.send(b'via dup')
print(b.recv(20))
fd = d.detach()
print(d.fileno(), d._closed)
e = socket.socket(fileno=fd)
print(e.family, repr(e.type))
e.close()
f = socket.fromfd(b.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
a.send(b'via fromfd')
print(f.recv(20))
for x in (a, b, f):
    x.close()


class MySock(socket.socket):
    pass


m = MySock(socket.AF_INET, socket.SOCK_DGRAM)
m.close()
print(repr(m).split(' fd=')[0])
