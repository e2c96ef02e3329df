# fileinput: several files as one stream, line counters, nextfile, inplace
# rewriting with and without backups, binary mode, hooks, errors.
import os
import sys
import gzip
import tempfile
import fileinput

d = tempfile.mkdtemp()
def mk(name, text, mode='w'):
    p = os.path.join(d, name)
    with open(p, mode) as f:
        f.write(text)
    return p

a = mk('a.txt', 'a1\na2\na3\n')
b = mk('b.txt', 'b1\nb2')
e = mk('empty.txt', '')
c = mk('c.txt', 'c1\n')

for line in fileinput.input([a, e, b, c]):
    print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin(), fileinput.fileno() > 2, repr(line))
print(os.path.basename(fileinput.filename()), fileinput.lineno())
fileinput.close()
try:
    fileinput.lineno()
except RuntimeError as ex:
    print('RuntimeError', ex)

# nextfile skips the rest of a file
out = []
for line in fileinput.input((a, b)):
    out.append(line.strip())
    if fileinput.filelineno() == 1:
        fileinput.nextfile()
print(out)
fileinput.close()

# a second input() while one is active
fi = fileinput.input(a)
next(fi)
try:
    fileinput.input(b)
except RuntimeError as ex:
    print('RuntimeError', ex)
fileinput.close()

# the class: context manager, readline, binary mode, PathLike
import pathlib
with fileinput.FileInput([pathlib.Path(a), b], mode='rb') as fi:
    print(fi.filename(), fi.lineno())
    print(fi.readline(), fi.readline())
    print(list(fi))
    print(fi.readline(), os.path.basename(fi.filename()), fi.lineno(), fi.fileno())
with fileinput.FileInput(files=pathlib.Path(c)) as fi:
    print([(l, fi.lineno()) for l in fi])
fi = fileinput.FileInput([])
print(fi._files)
fi = fileinput.FileInput()
print(fi._files == (tuple(sys.argv[1:]) or ('-',)))

# inplace: stdout goes into the file; backup kept only when asked
for line in fileinput.input([a, b], inplace=True):
    print(line.rstrip('\n').upper() + '!')
print('after inplace')
for p in (a, b):
    with open(p) as f:
        print(repr(f.read()))
print(sorted(os.listdir(d)))
with fileinput.input(c, inplace=True, backup='.orig') as fi:
    for line in fi:
        sys.stdout.write(line * 2)
with open(c) as f:
    print(repr(f.read()))
print(sorted(os.listdir(d)))

# hooks
g = os.path.join(d, 'z.gz')
with gzip.open(g, 'wt') as f:
    f.write('zipped 1\nzipped 2\n')
for line in fileinput.input([g, a], openhook=fileinput.hook_compressed):
    print(repr(line))
with fileinput.input([g], mode='rb', openhook=fileinput.hook_compressed) as fi:
    print(list(fi))
l1 = mk('l1.txt', 'caf\xe9\n'.encode('latin-1'), 'wb')
for line in fileinput.input(l1, openhook=fileinput.hook_encoded('latin-1')):
    print(repr(line))
for line in fileinput.input(l1, encoding='ascii', errors='replace'):
    print(repr(line))

for kw in [dict(mode='w'), dict(mode='rU'), dict(inplace=True, openhook=open),
           dict(openhook='nope')]:
    try:
        fileinput.FileInput(a, **kw)
    except ValueError as ex:
        print('ValueError', ex)
try:
    for line in fileinput.input([os.path.join(d, 'missing.txt')]):
        pass
except FileNotFoundError as ex:
    print('FileNotFoundError', ex.errno)
fileinput.close()

for n in os.listdir(d):
    os.remove(os.path.join(d, n))
os.rmdir(d)
print(fileinput.FileInput[str])
print(sorted(fileinput.__all__))
