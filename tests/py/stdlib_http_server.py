# http.client.HTTPConnection against http.server.HTTPServer on 127.0.0.1:
# each request is sent before the server handles it (one request per
# handle_request), then the client reads the response.
import http.client
import http.server
import io


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    log = []

    def log_message(self, format, *args):
        Handler.log.append(format % args)

    def version_string(self):
        return 'TestServer/1.0'

    def date_time_string(self, timestamp=None):
        return 'Thu, 01 Jan 2026 00:00:00 GMT'

    def do_GET(self):
        if self.path == '/missing':
            self.send_error(404)
            return
        body = ('path=%s agent=%s host-ok=%s\n' % (
            self.path, self.headers.get('User-Agent'),
            self.headers['Host'] == '127.0.0.1:%d' % self.server.server_port)).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain; charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        self.send_header('X-Multi', 'a')
        self.send_header('X-Multi', 'b')
        self.send_header('Connection', 'close')
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        if self.headers.get('Transfer-Encoding') == 'chunked':
            data = b''
            while True:
                size = int(self.rfile.readline(), 16)
                chunk = self.rfile.read(size + 2)[:size]
                if not size:
                    break
                data += chunk
        else:
            data = self.rfile.read(int(self.headers['Content-Length']))
        self.send_response(201, 'Made')
        self.send_header('Transfer-Encoding', 'chunked')
        self.send_header('Connection', 'close')
        self.end_headers()
        for part in (b'got ', data.upper(), b'!'):
            self.wfile.write(b'%x\r\n%s\r\n' % (len(part), part))
        self.wfile.write(b'0\r\n\r\n')

    def do_HEAD(self):
        self.send_response(204)
        self.send_header('Connection', 'close')
        self.end_headers()


srv = http.server.HTTPServer(('127.0.0.1', 0), Handler)
port = srv.server_port
print(srv.server_address[0], type(srv.server_name).__name__)

conn = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
conn.request('GET', '/hello?x=1', headers={'User-Agent': 'coil-test'})
srv.handle_request()
r = conn.getresponse()
print(r.status, r.reason, r.version, r.getheader('Content-Type'), r.getheader('x-multi'))
print(r.getheader('Server'), r.getheader('Date'), r.headers.get_content_charset())
print(r.read())
print(r.isclosed(), Handler.log)
r.close()
conn.close()

# POST with a str body (Content-Length), then an iterable (chunked), then
# a 404 and a HEAD on fresh connections.
conn = http.client.HTTPConnection('127.0.0.1:%d' % port)
print(conn.host, conn.port == port)
conn.request('POST', '/post', body='form=data')
srv.handle_request()
r = conn.getresponse()
print(r.status, r.reason, r.chunked, r.getheader('Transfer-Encoding'))
print(r.read(3), r.read())
conn.close()

conn = http.client.HTTPConnection('127.0.0.1', port)
conn.request('POST', '/chunked', body=iter([b'one,', b'two']))
srv.handle_request()
r = conn.getresponse()
print(r.status, r.read())
conn.close()

conn = http.client.HTTPConnection('127.0.0.1', port)
conn.request('GET', '/missing')
srv.handle_request()
r = conn.getresponse()
print(r.status, r.reason, r.getheader('Connection'), r.getheader('Content-Type'))
body = r.read().decode()
print([line.strip() for line in body.splitlines() if 'Error code' in line or 'Message' in line])
conn.close()

conn = http.client.HTTPConnection('127.0.0.1', port)
conn.request('HEAD', '/')
srv.handle_request()
r = conn.getresponse()
print(r.status, r.reason, r.read(), sorted(k for k, v in r.getheaders()))
conn.close()

conn = http.client.HTTPConnection('127.0.0.1', port)
conn.request('BREW', '/pot')
srv.handle_request()
r = conn.getresponse()
print(r.status, r.reason)
r.read()
conn.close()
print(Handler.log[1:])
srv.server_close()

# the state machine and the header parser
c = http.client.HTTPConnection('example.invalid')
print(c.host, c.port)
c.putrequest('GET', '/')
try:
    c.putrequest('GET', '/')
except http.client.CannotSendRequest as e:
    print('CannotSendRequest', e)
try:
    c.getresponse()
except http.client.ResponseNotReady as e:
    print('ResponseNotReady', e)
try:
    c.putheader('Bad:Name', 'x')
except ValueError as e:
    print(e)
try:
    http.client.HTTPConnection('host:port')
except http.client.InvalidURL as e:
    print('InvalidURL', e)
msg = http.client.parse_headers(io.BytesIO(b'Content-Type: text/html; charset="ISO-8859-1"\r\n'
                                           b'X-A: 1\r\nx-a: 2\r\nLong: first\r\n  second\r\n\r\nbody'))
print(msg['content-type'], msg.get_content_type(), msg.get_content_charset(), msg.get_all('X-A'))
print(len(msg), 'x-a' in msg, msg.keys())
