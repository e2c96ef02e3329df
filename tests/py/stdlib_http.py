# http.HTTPStatus / HTTPMethod and http.client's constants and exceptions.
import http
from http import HTTPStatus, HTTPMethod
import http.client as client

print(len(HTTPStatus), len(HTTPMethod))
for s in HTTPStatus:
    print(int(s), s.name, repr(s.phrase), repr(s.description))
print(HTTPStatus.OK == 200, HTTPStatus(404), repr(HTTPStatus(404)), str(HTTPStatus.OK),
      format(HTTPStatus.OK), '%d' % HTTPStatus.CREATED, f'{HTTPStatus.ACCEPTED}')
print(HTTPStatus['NOT_FOUND'].phrase, HTTPStatus.IM_A_TEAPOT.phrase, HTTPStatus.IM_A_TEAPOT + 1)
print(isinstance(HTTPStatus.OK, int), type(HTTPStatus.OK).__mro__[1].__name__)
try:
    HTTPStatus(999)
except ValueError as ex:
    print('ValueError', ex)
print(sorted(HTTPStatus.__members__)[:5], HTTPStatus.OK in HTTPStatus)
print({HTTPStatus.OK: 'a'}[200], hash(HTTPStatus.OK) == hash(200))
for m in HTTPMethod:
    print(m, repr(m), m.value, m.name, m.description)
print(HTTPMethod.GET == 'GET', HTTPMethod('POST'), isinstance(HTTPMethod.PUT, str),
      HTTPMethod.GET.lower())

print(client.OK, client.NOT_FOUND, repr(client.INTERNAL_SERVER_ERROR), client.HTTP_PORT,
      client.HTTPS_PORT)
print(client.responses[200], client.responses[404], client.responses[418], len(client.responses))
print(client.error is client.HTTPException)
for exc in [client.IncompleteRead(b'abc'), client.IncompleteRead(b'ab', 10),
            client.BadStatusLine(''), client.BadStatusLine('HTTP/9'), client.LineTooLong('header line'),
            client.RemoteDisconnected('Remote end closed connection without response'),
            client.UnknownProtocol('HTTP/3'), client.CannotSendRequest('Request-sent')]:
    print(type(exc).__name__, repr(exc), str(exc), exc.args)
print(isinstance(client.RemoteDisconnected(), ConnectionResetError),
      isinstance(client.RemoteDisconnected(), client.BadStatusLine),
      issubclass(client.ResponseNotReady, client.ImproperConnectionState))
try:
    raise client.IncompleteRead(b'12345', 3)
except client.HTTPException as ex:
    print('caught', repr(ex), ex.partial, ex.expected)
