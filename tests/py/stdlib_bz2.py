# bz2: one-shot and incremental (de)compression, BZ2File reading/writing
# (buffered reads, readline, seek, concatenated streams), bz2.open text
# mode, and the error cases.
import bz2
import hashlib
import io
import os
import tempfile

data = b''.join(b'line %d: %s\n' % (i, b'spam' * (i % 7)) for i in range(3000))
c = bz2.compress(data)
print(len(data), len(c), hashlib.md5(c).hexdigest())
print(bz2.decompress(c) == data)
for level in (1, 5, 9):
    print(level, hashlib.md5(bz2.compress(data, level)).hexdigest())
print(bz2.compress(b''), bz2.decompress(bz2.compress(b'')))
print(bz2.decompress(c + bz2.compress(b'more')) [-8:])
print(bz2.decompress(c + b'trailing junk')[-5:])
print(bz2.decompress(b''))

comp = bz2.BZ2Compressor(9)
out = comp.compress(data[:10000]) + comp.compress(memoryview(data[10000:])) + comp.flush()
print(out == c)
for call in (lambda: comp.compress(b'x'), comp.flush):
    try:
        call()
    except ValueError as ex:
        print('ValueError', ex)

d = bz2.BZ2Decompressor()
print(d.eof, d.needs_input, d.unused_data)
pieces = [d.decompress(c[i:i + 1000]) for i in range(0, len(c), 1000)]
print(b''.join(pieces) == data, d.eof, d.needs_input)
try:
    d.decompress(b'x')
except EOFError as ex:
    print('EOFError', ex)

d = bz2.BZ2Decompressor()
first = d.decompress(c + b'EXTRA', max_length=100)
print(len(first), d.needs_input, d.eof)
rest = []
while not d.eof:
    chunk = d.decompress(b'', max_length=5000)
    rest.append(len(chunk))
print(first + b'' == data[:100], sum(rest) + 100 == len(data), max(rest) <= 5000, d.unused_data)

try:
    bz2.decompress(b'BZh9notreallybzip2data')
except OSError as ex:
    print('OSError', ex)
try:
    bz2.decompress(c[:-10])
except ValueError as ex:
    print('ValueError', ex)
for bad in (0, 10):
    try:
        bz2.BZ2Compressor(bad)
    except ValueError as ex:
        print('ValueError', ex)
try:
    bz2.compress('text')
except TypeError as ex:
    print('TypeError', ex)

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'f.bz2')
with bz2.BZ2File(path, 'w') as f:
    print(f.writable(), f.readable(), f.seekable())
    print(f.write(data[:5000]), f.write(bytearray(data[5000:])), f.tell())
with open(path, 'rb') as f:
    print(f.read() == c)
with bz2.BZ2File(path, 'a', compresslevel=1) as f:
    f.write(b'appended\nlast line without newline')
with bz2.open(path) as f:
    print(f.readable(), f.seekable(), f.read(10), f.tell())
    print(f.readline(), f.readline(5), f.peek(1)[:1])
    print(f.read1(3), f.tell())
    print(f.seek(0, 2), f.tell())
    print(f.seek(-20, 2), f.read())
    print(f.seek(100), f.read(7), f.seek(5, 1), f.read(4))
    f.seek(0)
    lines = f.readlines()
    print(len(lines), lines[0], lines[-2:])
    f.seek(0)
    print(sum(1 for _ in f))
    b = bytearray(6)
    f.seek(0)
    print(f.readinto(b), b)
    try:
        f.write(b'x')
    except io.UnsupportedOperation as ex:
        print('UnsupportedOperation', ex)
print(f.closed)
try:
    f.read()
except ValueError as ex:
    print('ValueError', ex)

with bz2.open(path, 'wt', encoding='utf-8') as f:
    f.write('h\xe9llo\nw\u20acrld\n')
with bz2.open(path, 'rt', encoding='utf-8') as f:
    print(repr(f.read()))
with bz2.open(path, 'rb') as f:
    print(f.read())
with open(path, 'rb') as raw:
    with bz2.BZ2File(raw) as f:
        print(f.read(5))
    print(raw.closed)
buf = io.BytesIO()
with bz2.BZ2File(buf, 'wb') as f:
    f.write(b'to memory')
print(bz2.decompress(buf.getvalue()))
with open(path, 'wb') as f:
    f.write(c[:len(c) // 2])
with bz2.open(path) as f:
    try:
        f.read()
    except EOFError as ex:
        print('EOFError', ex)

for args, kw in [((path, 'z'), {}), ((path, 'rb'), {'compresslevel': 0}), ((42,), {})]:
    try:
        bz2.BZ2File(*args, **kw)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
for args, kw in [((path, 'rtb'), {}), ((path, 'rb'), {'encoding': 'utf-8'}),
                 ((path, 'rb'), {'errors': 'strict'}), ((path, 'rb'), {'newline': '\n'})]:
    try:
        bz2.open(*args, **kw)
    except ValueError as ex:
        print('ValueError', ex)
os.remove(path)
os.rmdir(tmp)
