import io, os
d = '/tmp/_coil_io_test_%d' % os.getpid()
os.mkdir(d)
p = d + '/a.txt'
with open(p, 'w') as f:
    print(f.write('line1\nline2\r\nline3\rline4'), f.closed, f.mode, f.name == p)
print(f.closed)
f = open(p)
print(f.readline(), end='|')
print(f.tell())
print(f.read(3), f.read(4))
print(f.readlines())
f.close()
with open(p, newline='') as f:
    print(list(f))
with open(p, 'rb') as f:
    data = f.read()
    print(data, f.tell())
    f.seek(2)
    print(f.read(3), f.tell(), f.seek(-2, 2), f.read())
with open(p, 'a') as f:
    f.write('\nappended é\n')
with open(p, encoding='utf-8') as f:
    for line in f:
        print(repr(line))
with open(p, 'r+') as f:
    f.write('LINE')
    f.seek(0)
    print(f.readline())
with open(p, 'wb') as f:
    f.write(b'\x00\x01\xff')
    f.writelines([b'ab', b'cd'])
with open(p, 'rb') as f:
    print(f.read(), repr(f.mode))
try:
    open(d + '/missing.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename == d + '/missing.txt', e.strerror)
try:
    open(d)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno)
f = open(p)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open(p, 'rw')
except ValueError as e:
    print(e)
try:
    open(p, 'rb', encoding='utf-8')
except ValueError as e:
    print(e)
with open(p, 'w') as f:
    try:
        f.write(b'x')
    except TypeError as e:
        print(e)
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('unsupported', e)
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
print(s.readlines(), s.read())
print('x', 'y', file=s, sep='-')
print(repr(s.getvalue()))
b = io.BytesIO(b'abc\ndef\n')
print(b.read(2), b.readline(), b.tell(), list(b), b.getvalue())
b.seek(0, 2)
b.write(b'xyz')
print(b.getvalue())
os.remove(p)
os.rmdir(d)
print(os.path.exists(d))
