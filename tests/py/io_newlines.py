import os
p = '/tmp/_coil_io_nl_%d.txt' % os.getpid()
with open(p, 'wb') as f:
    f.write(b'a\r\nb\rc\nd\r\n\r\ne')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.read(4)), repr(f.read(3)))
with open(p, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'w', newline='\r') as f:
    f.write('x\ny\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'w', newline='') as f:
    f.write('x\ny\r\n')
with open(p, 'rb') as f:
    print(f.read())
os.remove(p)
