# email: policy (compat32 exact; expected output from CPython 3.11)
from email.message import EmailMessage, Message
from email import policy, message_from_string, message_from_bytes
from email.parser import Parser, BytesParser
import email
m = EmailMessage()
m['Subject'] = 'Hello there'
m['From'] = 'Alice <alice@example.com>'
m['To'] = 'bob@example.org'
m.set_content('Hi Bob,\n\nSee you soon.\n')
print(m.as_string())
print(m.get_content_type(), m.get_content_charset(), repr(m.get_content()), m.is_multipart())
print(bytes(m))
try:
    m['Subject'] = 'dup'
except ValueError as e:
    print('ValueError', e)
m2 = EmailMessage()
m2['Subject'] = 'Unicode caf\u00e9'
m2.set_content('caf\u00e9 cr\u00e8me\n')
print(m2['Subject'], m2['Content-Transfer-Encoding'], repr(m2.get_content()))
print(m2.get_payload())
m3 = EmailMessage()
m3.set_content('<b>x</b>\n', subtype='html')
print(m3.as_string())
p = message_from_string('Subject: =?utf-8?q?caf=C3=A9?=\nTo: a@b.c\n\nbody\n', policy=policy.default)
print(type(p).__name__, p['subject'], repr(p.get_content()), p['to'])
q = message_from_bytes(b'Subject: long\n folded\nX: y\n\nbody\n', policy=policy.default)
print(repr(q['subject']), repr(q['x']), q.as_string())
c = message_from_string('Subject: long\n folded\n\nbody\n')
print(repr(c['subject']))
print(policy.compat32.max_line_length, policy.default.max_line_length, policy.SMTP.linesep == '\r\n', policy.HTTP.max_line_length)
pol = policy.compat32.clone(linesep='\r\n')
print(repr(pol.linesep), repr(policy.compat32.linesep))
try:
    policy.compat32.linesep = 'x'
except AttributeError as e:
    print('AttributeError')
msg = Message()
msg['Content-Type'] = 'text/plain'
msg.set_param('charset', 'utf-8')
msg.set_param('format', 'flowed')
print(msg['content-type'])
msg.set_param('charset', 'iso-8859-1')
print(msg['content-type'], msg.get_param('charset'), msg.get_param('missing', 'dflt'))
msg.del_param('format')
print(msg['content-type'])
msg.set_type('text/html')
print(msg['content-type'], msg['mime-version'])
msg.add_header('Content-Disposition', 'attachment', filename='r\u00e9sum\u00e9.pdf')
print(msg['content-disposition'], msg.get_filename(), msg.get_content_disposition())
msg.add_header('X-Flags', 'a', b=None, c_d='e f')
print(msg['x-flags'])
msg.set_payload('hello')
msg.set_charset('utf-8')
print(msg.as_string())
print(msg.get_params(), msg.get_params(header='x-none'), msg.get_param('filename', header='content-disposition'))
nm = Message()
print(nm.get_content_type(), nm.get_params(), nm.get_param('x'), nm.get_payload(), nm.get_charsets(), nm.as_string())
nm.set_payload('abc=\n')
nm['Content-Transfer-Encoding'] = 'quoted-printable'
print(nm.get_payload(decode=True))
bad = Message(); bad['Content-Type'] = 'garbage'; print(bad.get_content_type())
bad.set_default_type('message/rfc822'); print(Message().get_default_type())
mm = Message(); mm.set_payload('x')
try:
    mm.attach(Message())
except TypeError as e:
    print('TypeError', e)
from email.mime.text import MIMEText
try:
    MIMEText('x').attach(MIMEText('y'))
except email.errors.MultipartConversionError as e:
    print('MCE', e)
from email.mime.message import MIMEMessage
inner = MIMEText('inner text'); inner['Subject'] = 'in'
outer = MIMEMessage(inner)
print(outer.as_string())
from email.iterators import typed_subpart_iterator, body_line_iterator, _structure
from email.mime.multipart import MIMEMultipart
mp = MIMEMultipart(boundary='x', _subparts=[MIMEText('a'), MIMEText('<p>b</p>', 'html')])
print([p.get_content_type() for p in typed_subpart_iterator(mp)], list(body_line_iterator(mp)))
_structure(mp)
print(mp['content-type'])
mp.set_boundary('newb')
print(mp['content-type'])
