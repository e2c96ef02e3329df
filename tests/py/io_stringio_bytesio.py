import io
s = io.StringIO()
print(s.write('héllo\n'), s.tell())
s.write('world\n')
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), s.tell(), list(s))
s.seek(1)
s.write('E')
print(s.getvalue(), end='')
s = io.StringIO('a\nb\nc')
print(s.readlines(), repr(s.read()), s.tell())
s.seek(0)
print(s.read(3), s.read(), s.read())
print('x', 'y', file=s, sep='-')
print(repr(s.getvalue()))
s.seek(2)
print(s.truncate(), repr(s.getvalue()))
with io.StringIO('ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
try:
    c.read()
except ValueError as e:
    print(e)
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print(e)
b = io.BytesIO(b'abc\ndef\n')
print(b.read(2), b.readline(), b.tell(), list(b), b.getvalue())
b.seek(0, 2)
b.write(b'xyz')
print(b.getvalue(), b.tell())
b.seek(1)
b.write(b'Z')
print(b.getvalue(), b.read(2))
b.seek(20)
b.write(b'!')
print(b.getvalue())
print(io.BytesIO().getvalue(), io.BytesIO(b'q').read(), io.BytesIO(b'a\nb').readlines())
try:
    io.BytesIO().write('s')
except TypeError as e:
    print(e)
out = io.StringIO()
for i in range(3):
    out.write(str(i))
print(out.getvalue())
