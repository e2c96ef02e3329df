# email: parse (compat32 exact; expected output from CPython 3.11)
import email
from email.parser import Parser, HeaderParser, BytesParser
from email import message_from_string, message_from_bytes
import io
raw = """From nobody Mon Jan  1 00:00:00 2024
Return-Path: <bounce@example.com>
Received: from mail.example.com (mail.example.com [192.0.2.1])
\tby mx.example.org with ESMTP id abc123
\tfor <bob@example.org>; Mon, 1 Jan 2024 00:00:00 +0000
From: "Alice Example" <alice@example.com>
To: Bob <bob@example.org>, carol@example.org
Cc: =?utf-8?q?J=C3=B6rg?= <joerg@example.de>
Subject: =?iso-8859-1?q?Caf=E9?= and =?utf-8?b?bmHDr3Zl?= things
Date: Mon, 01 Jan 2024 12:34:56 +0100
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="===outer==="

Preamble text here.
--===outer===
Content-Type: multipart/alternative; boundary=inner

--inner
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello J=C3=B6rg,
this is a soft=
 break line.

--inner
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGI+SGVsbG88L2I+Cg==
--inner--
inner epilogue
--===outer===
Content-Type: message/rfc822

From: x@y.z
Subject: inner

inner body

--===outer===
Content-Type: application/octet-stream; name="data.bin"
Content-Disposition: attachment; filename*=utf-8''na%C3%AFve%20file.bin

AAECAwQ=
--===outer===--
Epilogue line
"""
m = message_from_string(raw)
print(m.get_unixfrom())
print(m.keys())
print(repr(m['Received']))
print(m['subject'])
print(m.get_all('to'), m.get_all('nonexistent'), m.get_all('x', []))
print(repr(m.preamble), repr(m.epilogue))
print(len(m), 'Subject' in m, 'subject' in m, 'Nope' in m)
for part in m.walk():
    print(part.get_content_type(), part.get_default_type(), repr(part.get_payload()) if not part.is_multipart() else len(part.get_payload()), part.get_filename(), part.get_content_charset())
    print('  ', part.get_params(), part.defects, repr(part.preamble), repr(part.epilogue))
alt = m.get_payload(0)
print(alt.get_payload(0).get_payload(decode=True).decode('utf-8'))
print(alt.get_payload(1).get_payload(decode=True))
print(m.get_payload(1).get_payload(0)['subject'])
print(m.get_payload(2).get_param('filename', header='content-disposition'))
print(m.get_payload(2).get_payload(decode=True))
print(m.as_string() == raw.split('\n', 1)[1])
print(m.as_string(unixfrom=True) == raw)
print(m.get_charsets())
h = HeaderParser().parsestr(raw)
print(h.is_multipart(), repr(h.get_payload()[:40]))
b = message_from_bytes(raw.encode())
print(b.as_bytes() == raw.split('\n', 1)[1].encode())
print(BytesParser().parse(io.BytesIO(b'Subject: caf\xc3\xa9\n\nbody \xff\n')).get_payload())
m8 = message_from_bytes(b'Subject: hi\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\ncaf\xc3\xa9\n')
print(repr(m8.get_payload()), m8.get_payload(decode=True), m8.as_bytes())
print(repr(m8.as_string()))
bad = message_from_string("Subject: x\nthis is not a header\n\nbody\n")
print(bad.items(), repr(bad.get_payload()), [type(d).__name__ for d in bad.defects])
nob = message_from_string("Content-Type: multipart/mixed\n\nno boundary\n")
print(repr(nob.get_payload()), [type(d).__name__ for d in nob.defects])
nostart = message_from_string('Content-Type: multipart/mixed; boundary="b"\n\njust text\n')
print(repr(nostart.get_payload()), repr(nostart.epilogue), [type(d).__name__ for d in nostart.defects])
noclose = message_from_string('Content-Type: multipart/mixed; boundary="b"\n\n--b\n\npart\n')
print(len(noclose.get_payload()), repr(noclose.get_payload(0).get_payload()), [type(d).__name__ for d in noclose.defects])
crlf = message_from_string('Subject: crlf\r\nContent-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\n\r\nA\r\n--q--\r\n')
print(repr(crlf['subject']), repr(crlf.get_payload(0).get_payload()), repr(crlf.epilogue), repr(crlf.as_string()))
e = message_from_string('')
print(e.keys(), repr(e.get_payload()))
d = message_from_string('Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: s\n\nb\n--d--\n')
print(d.get_payload(0).get_content_type(), d.get_payload(0).get_payload(0)['subject'])
m2 = email.message_from_file(io.StringIO("A: 1\nB: 2\nA: 3\n\nbody"))
del m2['a']
m2['C'] = 'new'
m2.replace_header('b', 'two')
print(m2.items(), m2.as_string())
try:
    m2.replace_header('zz', 'x')
except KeyError as ex:
    print('KeyError', ex)
print(repr(m.as_string()))
