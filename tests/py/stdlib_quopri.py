# quopri: quoted-printable encoding and decoding of bytes and files.
import io
import quopri

samples = [b'hello world', b'caf\xc3\xa9 = ok\t\n.\nline  \n', b'x' * 100 + b'\n',
           b'a_b c', b'=41=3D=\nx=zz', b'soft=\nbreak\n  \t\n', b'trailing=', b'',
           bytes(range(0, 256, 7)), b'tab\tend\t', b'=\n', b'=4', b'=G1']
for s in samples:
    e = quopri.encodestring(s)
    print(e)
    print(quopri.encodestring(s, quotetabs=True), quopri.encodestring(s, header=True))
    print(quopri.decodestring(s), quopri.decodestring(e) == s, quopri.decodestring(s, header=True))
out = io.BytesIO()
quopri.encode(io.BytesIO(b'line one\nline two \n'), out, quotetabs=False)
print(out.getvalue())
back = io.BytesIO()
quopri.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue())
print(quopri.decodestring(b'=E3=81=82_=E3=81=84', header=True).decode('utf-8'))
for s in [b'a\r\nb \r\nc', b'.', b'.\r\n', b' ', b'x' * 75 + b'=', b'y' * 74 + b'\xff\xfe', b'z' * 76 + b'\n' + b'w' * 76]:
    print(quopri.encodestring(s), quopri.encodestring(s, quotetabs=True, header=True))
