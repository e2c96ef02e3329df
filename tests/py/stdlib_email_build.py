# email: build (compat32 exact; expected output from CPython 3.11)
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email import encoders
from email.generator import Generator, BytesGenerator
import io
m = MIMEText("Hello world\nsecond line\n")
m['Subject'] = 'Test'
m['From'] = 'Alice <alice@example.com>'
print(m.as_string())
print(repr(str(m)))
u = MIMEText("Caf\u00e9 na\u00efve \u2603\n" * 3, 'html')
print(u.as_string())
l = MIMEText("latin text caf\u00e9 = done\t \n", _charset='iso-8859-1')
print(l.as_string())
mp = MIMEMultipart(boundary='BOUNDARY123')
mp['Subject'] = 'A very long subject line that should definitely be folded when it goes past the seventy-eight column limit, yes indeed'
mp['To'] = 'a@example.com, "Bob, Jr." <bob@example.com>, carol@example.org, dave@example.net, eve@example.com'
mp.preamble = 'This is a multi-part message in MIME format.'
mp.attach(MIMEText('part one'))
mp.attach(MIMEApplication(b'\x00\x01\x02binary data' * 10, Name='x.bin'))
b = MIMEBase('image', 'png')
b.set_payload(b'\x89PNG fake')
encoders.encode_base64(b)
b.add_header('Content-Disposition', 'attachment', filename='pic.png')
mp.attach(b)
print(mp.as_string())
s = io.StringIO()
Generator(s).flatten(mp)
print(s.getvalue())
bb = io.BytesIO()
BytesGenerator(bb).flatten(mp)
print(bb.getvalue() == s.getvalue().encode())
from email.header import Header
h = Header('Gr\u00fc\u00dfe aus K\u00f6ln, eine sehr lange Betreffzeile mit Umlauten \u00e4\u00f6\u00fc die umbrochen werden muss', 'utf-8', header_name='Subject')
print(h.encode())
mp2 = MIMEMultipart('alternative', boundary='zz')
mp2['Subject'] = h
mp2['X-Long'] = 'token;' * 30
mp2.attach(MIMEText('x'))
s = io.StringIO(); Generator(s).flatten(mp2); print(s.getvalue())
print(mp.get_content_type(), mp.get_params(), mp.get_param('boundary'), mp.get_boundary())
for p in mp.walk():
    print(p.get_content_type(), p.get_content_maintype(), p.get_content_subtype(), p.get_filename(), p.get_content_charset(), p.is_multipart())
print(mp.get_payload(2).get_payload(decode=True))
print(u.get_payload(decode=True).decode('utf-8'))
print(l.get_payload(decode=True))
print(u.get_charset(), type(u.get_charset()).__name__, l.get_charset().get_body_encoding())
