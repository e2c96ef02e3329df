# email: utils_header (compat32 exact; expected output from CPython 3.11)
from email import utils
from email.header import Header, decode_header, make_header
from email.charset import Charset
import email.charset, datetime, re
for a in ['John Doe <jdoe@example.com>', '"Doe, John" <jdoe@example.com>', 'jdoe@example.com',
          'jdoe@example.com (John Doe)', '<jdoe@example.com>', 'John <jdoe @ example . com>',
          '', 'not an address', '"quoted \\"name\\"" <q@x.org>', 'J. R. R. Tolkien <jrrt@middle.earth>',
          'Group: a@b.c, d@e.f;', 'a@b (c) (d)', '"weird"@example.com']:
    print(repr(a), utils.parseaddr(a))
print(utils.getaddresses(['Alice <a@x.com>, b@y.org', '"C, D" <cd@z.net>', 'undisclosed-recipients:;']))
for p in [('John Doe', 'jdoe@example.com'), ('', 'x@y.z'), ('Doe, John', 'j@d.com'), ('Say "hi"', 's@h.i'),
          ('J\u00f6rg M\u00fcller', 'jm@example.de'), ('a.b', 'ab@c.d')]:
    print(utils.formataddr(p))
print(utils.formataddr(('J\u00f6rg', 'j@x.de'), 'iso-8859-1'))
print(utils.formatdate(0), utils.formatdate(1700000000.5, usegmt=True))
print(utils.format_datetime(datetime.datetime(2024, 2, 29, 13, 5, 9)))
print(utils.format_datetime(datetime.datetime(2024, 2, 29, 13, 5, 9, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))))
print(utils.format_datetime(datetime.datetime(2024, 2, 29, 13, 5, 9, tzinfo=datetime.timezone.utc), usegmt=True))
for d in ['Mon, 20 Nov 1995 19:12:08 -0500', '20 Nov 1995 19:12:08 GMT', 'Tue, 1 Jul 03 10:52:37 +0200',
          'Wed, 02 Oct 2002 08:00:00 EST', 'Fri, 09 Nov 2001 01:08:47 -0000', 'garbage', '1 Jan 2000 00:00 +0130',
          'Thu, 01 Jan 1970 00:00:00 +0000']:
    print(repr(d), utils.parsedate_tz(d), utils.parsedate(d))
    try:
        print('  ', repr(utils.parsedate_to_datetime(d)))
    except ValueError as e:
        print('  ValueError', e)
print(utils.mktime_tz(utils.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500')))
print(utils.quote('a"b\\c'), utils.unquote('"a\\"b"'), utils.unquote('<x@y>'), utils.unquote('plain'))
mid = utils.make_msgid('abc', domain='example.com')
print(bool(re.fullmatch(r'<\d+\.\d+\.\d+\.abc@example\.com>', mid)))
lt = utils.localtime(datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc))
print(lt.utcoffset() is not None, utils.localtime().tzinfo is not None)
print(utils.encode_rfc2231('na\u00efve file', 'utf-8'), utils.decode_rfc2231("utf-8''na%C3%AFve"))
print(utils.collapse_rfc2231_value(('utf-8', '', 'na\xc3\xafve')))
# headers
for s in ['=?utf-8?q?J=C3=B6rg?= <joerg@example.de>', 'plain text', '=?iso-8859-1?b?Q2Fm6Q==?= =?iso-8859-1?q?_au_lait?=',
          'a =?utf-8?q?b?= c', '=?UTF-8?B?w6nDqA?=', '=?utf-8?q?one?=  =?utf-8?q?two?=']:
    dh = decode_header(s)
    print(repr(s), dh, repr(str(make_header(dh))))
h = Header('Hello', 'iso-8859-1')
h.append(' W\u00f6rld', 'utf-8')
h.append(' plain')
print(repr(str(h)), h.encode(), decode_header(h))
print(Header('short ascii').encode(), Header('\u00fcber', 'utf-8').encode(), Header('\u00fcber', 'iso-8859-1').encode())
long_ascii = ' '.join('word%d' % i for i in range(40))
print(Header(long_ascii, header_name='Subject').encode())
print(repr(Header(long_ascii, maxlinelen=40).encode(linesep='\r\n')))
print(Header('x' * 100, header_name='X-Long').encode())
print(Header('\u00e9t\u00e9 ' * 30, 'utf-8', header_name='Subject').encode())
print(Header('\u00e9t\u00e9 ' * 30, 'iso-8859-1', header_name='Subject').encode())
print(Header('a;b;c;' * 20, header_name='X').encode())
print(Header('a, b, c, ' * 20, header_name='X').encode())
print(Header('foo') == 'foo', str(Header(b'bytes in', 'us-ascii')))
for cs in ['us-ascii', 'utf-8', 'iso-8859-1', 'latin_1', 'euc-jp', 'koi8-r', 'windows-1252', 'x-unknown']:
    c = Charset(cs)
    print(cs, str(c), c.input_charset, c.output_charset, c.header_encoding, c.body_encoding, c.get_output_charset(), repr(c.get_body_encoding()) if cs != 'euc-jp' and cs != 'us-ascii' else '', c == cs)
print(Charset('utf-8').header_encode('caf\u00e9'), Charset('iso-8859-1').header_encode('caf\u00e9'), Charset('utf-8').body_encode('caf\u00e9\n'), Charset('iso-8859-1').body_encode('caf\u00e9\n'))
from email import base64mime, quoprimime
print(base64mime.body_encode(b'x' * 100), base64mime.decode('eHl6'), base64mime.header_encode('abc', 'utf-8'))
print(quoprimime.header_encode(b'a b=c\xe9', 'iso-8859-1'), quoprimime.header_decode('a_b=3Dc'), repr(quoprimime.body_encode('x' * 100 + '\n' + 'trailing \n')))
print(repr(quoprimime.decode('a=3Db=\nc\nd')))
import email.errors as E
print(issubclass(E.HeaderParseError, E.MessageError), issubclass(E.MultipartConversionError, TypeError), isinstance(E.StartBoundaryNotFoundDefect(), ValueError))
