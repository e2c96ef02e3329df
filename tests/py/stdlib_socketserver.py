# socketserver on 127.0.0.1: TCP and UDP servers, stream/datagram handlers,
# ThreadingMixIn; each client sends before the server handles the request.
import socket
import socketserver


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())
            if line.strip() == b'bye':
                break
        print('handled', self.client_address[0], type(self.wfile).__name__, self.server.counter)
        self.server.counter += 1


class Counting(socketserver.TCPServer):
    allow_reuse_address = True
    counter = 0


with Counting(('127.0.0.1', 0), Echo) as srv:
    host, port = srv.server_address
    print(host, srv.socket.type == socket.SOCK_STREAM, srv.fileno() == srv.socket.fileno())
    for msg in (b'hello\nworld\nbye\n', b'one\nbye\nignored\n'):
        c = socket.create_connection((host, port))
        c.sendall(msg)
        c.shutdown(socket.SHUT_WR)
        srv.handle_request()
        f = c.makefile('rb')
        print(f.read())
        f.close()
        c.close()
    srv.timeout = 0.05
    timeouts = []
    srv.handle_timeout = lambda: timeouts.append(1)
    srv.handle_request()
    print('timeouts', timeouts)


class Threaded(socketserver.ThreadingMixIn, socketserver.TCPServer):
    counter = 100


class Stop(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(100)
        self.request.sendall(b'got ' + data)
        if data == b'stop':
            self.server.shutdown()


with Threaded(('127.0.0.1', 0), Stop) as srv:
    clients = []
    for msg in (b'a', b'b', b'stop'):
        c = socket.create_connection(srv.server_address)
        c.sendall(msg)
        clients.append(c)
    srv.serve_forever(poll_interval=0.01)
    for c in clients:
        print(c.recv(100))
        c.close()


class Bad(socketserver.BaseRequestHandler):
    def handle(self):
        raise ValueError('boom')


errors = []


class Quiet(socketserver.TCPServer):
    def handle_error(self, request, client_address):
        errors.append(client_address[0])


with Quiet(('127.0.0.1', 0), Bad) as srv:
    c = socket.create_connection(srv.server_address)
    srv.handle_request()
    print('errors', errors, c.recv(10))
    c.close()


class UDPEcho(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read()[::-1])


with socketserver.UDPServer(('127.0.0.1', 0), UDPEcho) as srv:
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.sendto(b'datagram', srv.server_address)
    srv.handle_request()
    print(u.recvfrom(100)[0])
    u.close()


class Raw(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        sock.sendto(data * 2, self.client_address)


with socketserver.ThreadingUDPServer(('127.0.0.1', 0), Raw) as srv:
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.sendto(b'xy', srv.server_address)
    srv.handle_request()
    print(u.recv(100))
    u.close()

try:
    socketserver.TCPServer(('127.0.0.1', 70000), Echo)
except OverflowError as e:
    print(type(e).__name__, e)
