import os
p = '/tmp/_coil_io_bin_%d.dat' % os.getpid()
with open(p, 'wb') as f:
    print(f.write(bytes(range(10))), f.tell(), f.mode)
    f.write(b'\n\r\nend')
with open(p, 'rb') as f:
    print(f.read(3), f.tell(), f.read(2), f.seek(-3, 2), f.read(), f.read(), f.tell())
    f.seek(0)
    print(f.readline(), f.readline(), f.readline(), f.readline())
with open(p, 'rb') as f:
    print(list(f), f.mode)
with open(p, 'r+b') as f:
    f.seek(2)
    f.write(b'XY')
    f.seek(0)
    print(f.read(6))
with open(p, 'ab') as f:
    f.write(b'!')
with open(p, 'rb') as f:
    data = f.read()
print(len(data), data[-4:])
with open(p, 'rb') as f:
    print(f.seek(5), f.seek(2, 1), f.tell(), f.read(1))
f = open(p, 'rb')
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
try:
    with open(p, 'wb') as f:
        f.write('text')
except TypeError as e:
    print(e)
os.remove(p)
