import os
p = '/tmp/_coil_io_modes_%d.txt' % os.getpid()
with open(p, 'w', encoding='utf-8') as f:
    n = f.write('alpha\nbeta\ngamma é\n')
    print(n, f.tell(), f.writable(), f.readable(), f.seekable(), f.encoding)
with open(p) as f:
    print(f.read(), end='')
    print(repr(f.read()), f.tell())
with open(p) as f:
    print([line.rstrip('\n') for line in f])
with open(p) as f:
    print(f.readline(), f.readline(3), f.readline(), f.readline(), repr(f.readline()))
with open(p) as f:
    print(f.readlines(1), f.readlines())
with open(p, 'a') as f:
    f.writelines(['x\n', 'y\n'])
with open(p) as f:
    print(len(f.read()), f.seek(0), f.read(5), f.seek(0, 2))
with open(p, 'x' if not os.path.exists(p) else 'r') as f:
    print(f.mode)
try:
    open(p, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno)
with open(p, 'r+') as f:
    print(f.read(5))
    f.seek(0)
    f.write('ALPHA')
    f.seek(0)
    print(f.readline(), end='')
with open(p, 'w') as f:
    pass
with open(p) as f:
    print(repr(f.read()))
print('x', file=open(p, 'w'))
with open(p) as f:
    print(repr(f.read()))
f = open(p, 'w')
f.write('unclosed')
del f
print(open(p).read())
os.remove(p)
