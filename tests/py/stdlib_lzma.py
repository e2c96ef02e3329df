# lzma: one-shot and incremental (de)compression in the xz, alone and raw
# formats, checks, presets and filter chains, LZMAFile, lzma.open and the
# error cases.
import hashlib
import io
import lzma
import os
import tempfile

data = b''.join(b'record %05d %s\n' % (i, b'abc' * (i % 11)) for i in range(4000))
c = lzma.compress(data)
print(len(data), len(c), hashlib.md5(c).hexdigest())
print(lzma.decompress(c) == data)
for kw in [dict(preset=0), dict(preset=9), dict(preset=1 | lzma.PRESET_EXTREME),
           dict(check=lzma.CHECK_NONE), dict(check=lzma.CHECK_CRC32),
           dict(check=lzma.CHECK_SHA256), dict(format=lzma.FORMAT_ALONE),
           dict(format=lzma.FORMAT_ALONE, preset=2)]:
    out = lzma.compress(data, **kw)
    print(kw, len(out), hashlib.md5(out).hexdigest(), lzma.decompress(out) == data)
filters = [{'id': lzma.FILTER_DELTA, 'dist': 4}, {'id': lzma.FILTER_LZMA2, 'preset': 3, 'dict_size': 1 << 20}]
raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=filters)
print(len(raw), hashlib.md5(raw).hexdigest(),
      lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=filters) == data)
xz_f = lzma.compress(data, filters=[{'id': lzma.FILTER_X86}, {'id': lzma.FILTER_LZMA2}])
print(len(xz_f), lzma.decompress(xz_f) == data)
print(lzma.compress(b''), lzma.decompress(lzma.compress(b'')))
print(lzma.decompress(c + lzma.compress(b'second'))[-7:], lzma.decompress(c + b'\0junk')[-3:])

for check in [lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256]:
    d = lzma.LZMADecompressor()
    print(d.check, end=' ')
    d.decompress(lzma.compress(b'abc', check=check))
    print(d.check, d.eof, d.needs_input)
d = lzma.LZMADecompressor(lzma.FORMAT_ALONE)
print(d.check)
print([lzma.is_check_supported(i) for i in (0, 1, 4, 10, 15, 99)])
print(lzma.CHECK_UNKNOWN, lzma.CHECK_ID_MAX, lzma.FORMAT_RAW, lzma.FILTER_LZMA2, lzma.PRESET_EXTREME,
      lzma.MF_BT4, lzma.MODE_NORMAL, lzma.PRESET_DEFAULT)

comp = lzma.LZMACompressor()
out = comp.compress(data[:7000]) + comp.compress(data[7000:]) + comp.flush()
print(out == c)
for call in (lambda: comp.compress(b'x'), comp.flush):
    try:
        call()
    except ValueError as ex:
        print('ValueError', ex)

d = lzma.LZMADecompressor()
pieces = [d.decompress(c[i:i + 500]) for i in range(0, len(c), 500)]
print(b''.join(pieces) == data, d.eof, d.unused_data)
d = lzma.LZMADecompressor()
first = d.decompress(c + b'EXTRA', 50)
print(len(first), d.needs_input)
n = 50
while not d.eof:
    n += len(d.decompress(b'', 4096))
print(n == len(data), d.unused_data)
try:
    d.decompress(b'')
except EOFError as ex:
    print('EOFError', ex)

for call in [lambda: lzma.decompress(b'not xz at all'),
             lambda: lzma.decompress(c[:-20]),
             lambda: lzma.decompress(c[:30] + b'\0' * 50 + c[80:]),
             lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32),
             lambda: lzma.LZMACompressor(preset=3, filters=[{'id': lzma.FILTER_LZMA2}]),
             lambda: lzma.LZMACompressor(format=lzma.FORMAT_RAW),
             lambda: lzma.LZMACompressor(format=9),
             lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW),
             lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW, memlimit=100, filters=filters),
             lambda: lzma.LZMADecompressor(filters=filters),
             lambda: lzma.LZMADecompressor(format=9),
             lambda: lzma.LZMACompressor(filters=[{'id': 12345}]),
             lambda: lzma.LZMACompressor(filters=[{'preset': 1}]),
             lambda: lzma.decompress(c, memlimit=1000),
             lambda: lzma.compress('text')]:
    try:
        call()
        print('no error')
    except (lzma.LZMAError, ValueError, TypeError, EOFError) as ex:
        print(type(ex).__name__, ex)
print(issubclass(lzma.LZMAError, Exception))

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'f.xz')
with lzma.LZMAFile(path, 'w') as f:
    print(f.write(data), f.tell(), f.writable())
with open(path, 'rb') as f:
    print(f.read() == c)
with lzma.open(path, 'ab', preset=1) as f:
    f.write(b'tail line\nend')
with lzma.open(path) as f:
    print(f.read(12), f.readline(), f.tell())
    print(f.seek(0, 2), f.seek(-8, 2), f.read(), f.seek(3), f.read(6))
    f.seek(0)
    print(len(f.readlines()))
with lzma.open(path, 'wt', encoding='utf-8', format=lzma.FORMAT_ALONE) as f:
    f.write('caf\xe9\n')
with lzma.open(path, 'rt', encoding='utf-8') as f:
    print(repr(f.read()))
with lzma.LZMAFile(path, format=lzma.FORMAT_ALONE) as f:
    print(f.read())
buf = io.BytesIO()
with lzma.LZMAFile(buf, 'w', format=lzma.FORMAT_RAW, filters=filters) as f:
    f.write(b'raw to memory')
buf.seek(0)
with lzma.LZMAFile(buf, format=lzma.FORMAT_RAW, filters=filters) as f:
    print(f.read())
for args, kw in [((path, 'r'), {'check': lzma.CHECK_CRC32}), ((path, 'r'), {'preset': 1}),
                 ((path, 'q'), {}), ((None,), {})]:
    try:
        lzma.LZMAFile(*args, **kw)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
try:
    lzma.open(path, 'rb', encoding='utf-8')
except ValueError as ex:
    print('ValueError', ex)
os.remove(path)
os.rmdir(tmp)
